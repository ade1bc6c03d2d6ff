package dev.baton.bot.delivery;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.Platform;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over real HTTP: a handover opened in Baton reaches the officials' WeCom and
 * DingTalk accounts through the official SDKs and the platform emulator, each exactly
 * once; people with no bound account are dead letters.
 */
@DomainContext
class NoticeReachesChatAccountsTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	dev.baton.integrations.state.SharedState state;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void theHandoverNoticeReachesEachBoundAccountOnce() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String wecomCorp = emulator.wecom().app().corpId();
		String dingCorp = emulator.dingTalk().app().corpId();
		directory.bindIdentity("WECOM", wecomCorp, "zhangsan", org.departing);
		directory.bindIdentity("WECOM", wecomCorp, "lisi", org.successor);
		directory.bindIdentity("DINGTALK", dingCorp, "wangwu", org.organizer);
		// the successor also uses DingTalk: the notice reaches both accounts
		directory.bindIdentity("DINGTALK", dingCorp, "lisi", org.successor);

		EmulatorApps.forgetTokens(state, emulator);
		long handover = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}

		List<Delivery> wecom = emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.msgType().equals("text"));
		List<Delivery> ding = emulator.record()
			.deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered());
		assertThat(wecom).extracting(Delivery::recipient).containsExactlyInAnyOrder("zhangsan", "lisi");
		assertThat(ding).extracting(Delivery::recipient).containsExactlyInAnyOrder("wangwu", "lisi");
		assertThat(wecom).allSatisfy(d -> assertThat(d.content()).contains("【离任交接通知书】市统计局").contains("2026-12-03前提交"));
		// the departing official's copy carries the 签收 card (newcomer 10): on WeCom the
		// whole notice goes first as
		// text, the template card after it (a card shows a short summary)
		assertThat(emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.msgType().equals("template_card")))
			.extracting(Delivery::recipient)
			.containsExactly("zhangsan");
		assertThat(emulator.record()
			.exactlyOnceProblems(Platform.WECOM, List.of("zhangsan", "lisi"),
					d -> d.api() == Api.WECOM_MESSAGE_SEND && d.msgType().equals("text")))
			.isEmpty();
		assertThat(emulator.record().callCount(Api.WECOM_MESSAGE_SEND))
			.as("the successor's copy in one call; the departing official's text and card in two")
			.isEqualTo(3);
		assertThat(jdbc.queryForList("SELECT status FROM outbox WHERE handover_id = ? AND recipient_id IN (?, ?, ?, ?)",
				String.class, handover, org.organizationReviewer, org.disciplineReviewer, org.financeReviewer,
				org.auditReviewer))
			.containsOnly("NO_ACCOUNT")
			.hasSize(4);
		assertThat(jdbc.queryForList(
				"SELECT d.status FROM delivery d JOIN outbox o ON o.id = d.outbox_id" + " WHERE o.handover_id = ?",
				String.class, handover))
			.containsOnly("SENT")
			.hasSize(4);
	}

}
