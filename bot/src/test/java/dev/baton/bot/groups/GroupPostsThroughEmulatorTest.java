package dev.baton.bot.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastService;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.signoff.Publicity;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory.Group;
import dev.baton.emulator.record.Delivery;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What goes to a unit's chat groups, through the outbox, the dispatcher, the official
 * SDKs and the emulator: the public summary (公开) of a handover archived under a policy
 * that asks for it, and group broadcasts (a fixed text, and the 督办 digest with counts
 * only). A WeCom app chat and a DingTalk group are bound to the unit; each post reaches
 * each group once, and never carries an amount, an item's title, a name in the overdue
 * list or a discipline finding.
 */
@DomainContext
class GroupPostsThroughEmulatorTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	UnitGroups groups;

	@Autowired
	HandoverService handovers;

	@Autowired
	Publicity publicity;

	@Autowired
	dev.baton.bot.ArchivedHandovers archiver;

	@Autowired
	BroadcastAdmin broadcasts;

	@Autowired
	BroadcastService broadcastRuns;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	dev.baton.bot.system.TimeSource time;

	TestOrg org;

	String wecomChat;

	String dingTalkGroup;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void unitWithTwoGroups() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "wuyishan");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		wecomChat = "stats" + tag;
		dingTalkGroup = "cid" + tag + "==";
		emulator.wecom()
			.directory()
			.addGroup(new Group(wecomChat, "市统计局工作群", List.of("zhangsan"), emulator.wecom().app().id()));
		emulator.dingTalk().directory().addGroup(new Group(dingTalkGroup, "市统计局工作群", List.of("zhangsan"), null));
		Actor organizer = org.actor(org.organizer);
		groups.bind(organizer, org.department.id(), Platform.WECOM, emulator.wecom().app().corpId(), wecomChat,
				"市统计局工作群");
		groups.bind(organizer, org.department.id(), Platform.DINGTALK, emulator.dingTalk().app().corpId(),
				dingTalkGroup, null);
		drain();
		emulator.reset();
	}

	@Test
	void anArchivedHandoverIsMadePublicInTheUnitsGroupsWithCountsOnly() {
		long id = archivedHandover();

		drain();

		String expected = "【交接公开】市统计局陈离任同志与郑接任同志的离任交接已于" + time.today() + "签字归档。交接清单共2项（";
		List<Delivery> posts = groupPosts();
		assertThat(posts).extracting(Delivery::api, Delivery::recipient)
			.containsExactlyInAnyOrder(tuple(Api.WECOM_APPCHAT_SEND, wecomChat),
					tuple(Api.DINGTALK_ROBOT_GROUP_SEND, dingTalkGroup));
		assertThat(posts).allSatisfy(p -> assertThat(p.content()).contains(expected, "其中未了事项1项", "欢迎监督")
			.doesNotContain("1234567", "统计大数据平台", "某信息技术有限公司", "银行账户余额", "校验码"));
		assertThat(jdbc.queryForList(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'PUBLICITY'"
						+ " AND status = 'EXPANDED' AND group_unit_id = ? AND confidential = FALSE",
				String.class, id, org.department.id()))
			.singleElement()
			.satisfies(payload -> assertThat(payload).contains("\"items\":2", "\"unfinished\":1")
				.doesNotContain("1234567", "统计大数据平台", "某信息技术有限公司", "银行账户余额"));
	}

	@Test
	void withNoGroupBoundTheOrganizerIsToldAndPostsItOnceAGroupIsBound() {
		Actor organizer = org.actor(org.organizer);
		List<UnitChatGroup> bound = groups.list(organizer, org.department.id());
		bound.forEach(g -> groups.unbind(organizer, org.department.id(), g.id()));
		long id = archivedHandover();

		assertThat(jdbc.queryForList("SELECT event, recipient_id FROM outbox WHERE handover_id = ?"
				+ " AND event IN ('PUBLICITY', 'PUBLICITY_NO_GROUP')", id))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("event")).isEqualTo("PUBLICITY_NO_GROUP");
				assertThat(((Number) row.get("recipient_id")).longValue()).isEqualTo(org.organizer);
			});
		assertThatThrownBy(() -> publicity.publish(organizer, id)).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "publicity.noGroup");
		assertThatThrownBy(() -> publicity.publish(org.actor(org.departing), id))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> publicity.publish(org.actor(org.outsideOrganizer), id))
			.isInstanceOf(NotPermittedException.class);

		groups.bind(organizer, org.department.id(), Platform.WECOM, emulator.wecom().app().corpId(), wecomChat, null);
		publicity.publish(organizer, id);
		drain();

		assertThat(groupPosts()).extracting(Delivery::recipient).containsExactly(wecomChat);
		assertThat(groupPosts().get(0).content()).startsWith("【交接公开】市统计局陈离任同志与郑接任同志的离任交接已于");
		assertThat(jdbc.queryForList(
				"SELECT action FROM audit_log WHERE handover_id = ? AND action = 'PUBLICITY_POSTED'", String.class, id))
			.hasSize(1);
	}

	@Test
	void aRunningHandoverCannotBeMadePublic() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();

		assertThatThrownBy(() -> publicity.publish(org.actor(org.organizer), id))
			.isInstanceOf(InvalidStateException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.invalidState.NOTIFIED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND group_unit_id IS NOT NULL", Long.class, id))
			.isZero();
	}

	@Test
	void aGroupBroadcastPostsItsTextAndTheDigestWithCountsButNoNames() {
		archivedHandover();
		drain();
		emulator.reset();
		Broadcast text = broadcast(BroadcastKind.MESSAGE, org.department.id(), "请各位同志按期完成交接事项。");
		Broadcast digest = broadcast(BroadcastKind.SUPERVISION_DIGEST, org.department.id(), null);
		Instant fire = time.now();

		broadcastRuns.run(text.id(), fire);
		broadcastRuns.run(digest.id(), fire);
		broadcastRuns.run(digest.id(), fire); // the same fire time again (recovery, a
												// second instance): posted once
		drain();

		List<String> onWeCom = groupPosts().stream()
			.filter(p -> p.api() == Api.WECOM_APPCHAT_SEND)
			.map(Delivery::content)
			.toList();
		assertThat(onWeCom).hasSize(2);
		assertThat(onWeCom.get(0)).isEqualTo("【定时通知：统计局群通报】请各位同志按期完成交接事项。");
		assertThat(onWeCom.get(1)).startsWith("【督办通报】市统计局（截至" + time.today() + "）。各状态交接数：")
			.contains("逾期未办事项0项")
			.doesNotContain("陈离任", "郑接任", "纪律");
		assertThat(groupPosts().stream().filter(p -> p.api() == Api.DINGTALK_ROBOT_GROUP_SEND)).hasSize(2);
	}

	@Test
	void aUnitWithNoGroupGetsADeadLetterNotASilentDrop() {
		// saved while a group was bound, run after it was unbound (newcomer 20b: 10)
		jdbc.update("INSERT INTO unit_chat_group (unit_id, platform, corp_id, group_id, name, created_at)"
				+ " VALUES (?, 'DINGTALK', 'gone-corp', 'gone-group', NULL, NOW(3))", org.elsewhere.id());
		Broadcast text = broadcast(BroadcastKind.MESSAGE, org.elsewhere.id(), "另一市通报");
		jdbc.update("DELETE FROM unit_chat_group WHERE unit_id = ?", org.elsewhere.id());

		broadcastRuns.run(text.id(), time.now());
		drain();

		// the run says nothing went
		assertThat(jdbc.queryForMap("SELECT outcome, recipients FROM broadcast_run WHERE broadcast_id = ?", text.id()))
			.containsEntry("outcome", "NO_GROUP")
			.containsEntry("recipients", 0);

		assertThat(
				jdbc.queryForList("SELECT status, last_error FROM outbox WHERE group_unit_id = ?", org.elsewhere.id()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("status")).isEqualTo("NO_GROUP");
				assertThat(row.get("last_error")).isEqualTo("no chat group bound to the unit");
			});
		assertThat(groupPosts()).isEmpty();
	}

	@Test
	void aBroadcastToAUnitWithNoGroupIsRefusedWhenSaved() {
		assertThatThrownBy(() -> broadcast(BroadcastKind.MESSAGE, org.elsewhere.id(), "另一市通报"))
			.isInstanceOf(dev.baton.bot.system.InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "broadcast.noGroup");
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM broadcast WHERE unit_id = ?", Long.class, org.elsewhere.id()))
			.isZero();
	}

	@Test
	void anUnboundGroupGetsNothingMore() {
		UnitChatGroup wecom = groups.list(org.actor(org.organizer), org.department.id())
			.stream()
			.filter(g -> g.platform() == Platform.WECOM)
			.findFirst()
			.orElseThrow();
		groups.unbind(org.actor(org.admin), org.department.id(), wecom.id());
		Broadcast text = broadcast(BroadcastKind.MESSAGE, org.department.id(), "只发钉钉群");

		broadcastRuns.run(text.id(), time.now());
		drain();

		assertThat(groupPosts()).extracting(Delivery::recipient).containsExactly(dingTalkGroup);
	}

	private Broadcast broadcast(BroadcastKind kind, long unitId, String message) {
		Actor admin = org.actor(org.admin);
		// far in the future: the suite's shared Quartz store must not run it; the test
		// runs it itself
		return broadcasts.create(unitId == org.elsewhere.id() ? org.actor(org.outsideOrganizer) : admin,
				new BroadcastDraft("统计局群通报", kind, unitId, "0 0 9 ? * FRI 2099", null, BroadcastTarget.GROUP, null,
						null, message, false, true));
	}

	/** Group messages the emulator delivered to this test's two groups, in order. */
	private List<Delivery> groupPosts() {
		return emulator.record()
			.deliveries(d -> d.delivered() && (wecomChat.equals(d.recipient()) || dingTalkGroup.equals(d.recipient())));
	}

	private void drain() {
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 50 && worker.runOnce() > 0; round++) {
			// until nothing is left to do
		}
	}

	private long archivedHandover() {
		return archiver.archived(org, "wuyishan");
	}

}
