package dev.baton.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Organizers act in chat (#13), through the real conversation layer on the suite's
 * MariaDB and Redis: 发起交接 in one message, one answer at a time and as people say it, with
 * names found in the directory (two people of one name asked about on a card, a name
 * nobody has answered with the close one), the confirmation card with the policy, the
 * deadlines and who is told, and only 确认 opening it; 更换接任人, 取消交接 and 延期 with what is
 * missing asked. Every refusal is said and changes nothing (asserted on the record).
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class OrganizersInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	DeadlineExtensions deadlines;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.stranger, org.auditReviewer,
				org.outsideOrganizer, org.organizationReviewer)) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
		}
		organizer = user(org.organizer);
	}

	@Test
	void openedInOneMessageOnlyAfterConfirmingTheCard() {
		List<String> card = chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");
		assertThat(card).singleElement()
			.asString()
			.contains("单位：市统计局")
			.contains("离任：陈离任（职务：市统计局局长）")
			.contains("接任：郑接任（职务：市统计局局长（拟任））")
			.contains("原因：工作调动")
			.contains("交接制度：石嘴山市领导干部离任交接")
			// as the notice computes it: 10 calendar days from Monday 11-23, 2 working
			// days to acknowledge
			.contains("清单期限：2026-12-03前提交（自通知之日起10个自然日")
			.contains("签收期限：2026-11-25前")
			.contains("陈离任（离任）、郑接任（接任）、您（组织部门）")
			.contains("组织部门 李组审；纪检监察 赵纪检；财政部门 钱财政；审计部门 孙审计");
		assertThat(chat.lastCard(organizer).buttons()).extracting(OutboundMessage.Button::label)
			.containsExactly("确认", "取消");
		assertThat(running()).isEmpty(); // nothing is opened before 确认

		List<String> opened = chat.press(organizer, "确认");
		// the card says how it ended: the handover it opened (newcomer 23, finding 13)
		assertThat(chat.lastOutcome()).startsWith("已发起交接");
		List<HandoverBrief> now = running();
		assertThat(now).singleElement().satisfies(b -> {
			assertThat(b.departingId()).isEqualTo(org.departing);
			assertThat(b.successorId()).isEqualTo(org.successor);
			assertThat(b.reason()).isEqualTo(HandoverReason.TRANSFER);
			assertThat(b.checklistDue()).hasToString("2026-12-03");
			assertThat(b.organizerId()).isEqualTo(org.organizer);
		});
		long id = now.get(0).id();
		// the organizer's copy of the notice is said to be his, not left out of whom it
		// went to
		// (newcomer 20a, finding 17)
		assertThat(opened).singleElement()
			.asString()
			.contains("已发起交接" + id)
			.contains("2026-12-03前提交")
			.contains("各审核部门和您（您的一份另行送达");
		assertThat(recipients(id, OutboxEvent.NOTICE_ISSUED)).contains(org.departing, org.successor, org.organizer,
				org.auditReviewer);

		// a second press of the card, or a second 确认, opens nothing more
		chat.say(organizer, "确认");
		assertThat(running()).hasSize(1);
	}

	@Test
	void theCardIsConfirmedInTheOrganizersOwnWords() {
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");
		assertThat(running()).isEmpty();
		// 没问题，确认发起 is a yes to the card (#13, newcomer 4: 13), not a request to say 确认
		assertThat(chat.say(organizer, "没问题，确认发起")).singleElement().asString().contains("已发起交接");
		assertThat(running()).singleElement().satisfies(b -> assertThat(b.departingId()).isEqualTo(org.departing));
	}

	@Test
	void oneAnswerAtATimeWithTheReasonOnButtons() {
		assertThat(chat.say(organizer, "发起交接")).singleElement().asString().contains("哪个单位");
		assertThat(chat.say(organizer, "市统计局")).singleElement().asString().contains("市统计局的离任干部是谁");
		assertThat(chat.say(organizer, "陈离任")).singleElement().asString().contains("接任陈离任的是谁");
		// help meanwhile is answered, and the question still waits
		assertThat(chat.say(organizer, "帮助")).first().asString().contains("发起交接");
		List<String> reason = chat.say(organizer, "是郑接任同志");
		assertThat(reason).singleElement().asString().contains("陈离任离任的原因是什么");
		assertThat(chat.lastCard(organizer).buttons()).extracting(OutboundMessage.Button::label)
			.containsExactly("工作调动", "免职", "辞职", "退休", "其他");
		assertThat(chat.say(organizer, "说不好")).singleElement().asString().contains("没有看出“说不好”是哪种离任原因");
		assertThat(chat.press(organizer, "退休")).singleElement().asString().contains("原因：退休");
		assertThat(chat.lastOutcome()).isEqualTo("原因：退休");
		assertThat(running()).isEmpty();
		chat.say(organizer, "确认");
		assertThat(running()).singleElement().satisfies(b -> {
			assertThat(b.reason()).isEqualTo(HandoverReason.RETIREMENT);
			assertThat(b.successorId()).isEqualTo(org.successor);
		});
	}

	/**
	 * 其他 as the reason (newcomer 20): Baton asks what the reason is, the next message is
	 * its words, the card says 原因：其他（…）, and 确认 opens the handover with them; words too
	 * long are asked for again, nothing opened.
	 */
	@Test
	void otherIsAskedWhatItIsAndTheCardAndTheRecordSayIt() {
		assertThat(chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 其他")).singleElement()
			.asString()
			.contains("离任原因选了“其他”：陈离任离任的具体原因是什么？")
			.contains("不超过100个字");
		assertThat(running()).isEmpty();
		assertThat(chat.say(organizer, "借".repeat(HandoverReason.NOTE_MAX + 1))).singleElement()
			.asString()
			.contains("具体原因不能超过100个字（现有101个字）")
			.contains("具体原因是什么");
		assertThat(chat.say(organizer, "借调到省委巡视组")).singleElement().asString().contains("原因：其他（借调到省委巡视组）");
		assertThat(running()).isEmpty();
		assertThat(chat.say(organizer, "确认")).singleElement().asString().contains("已发起交接");
		assertThat(running()).singleElement().satisfies(b -> {
			assertThat(b.reason()).isEqualTo(HandoverReason.OTHER);
			assertThat(b.reasonNote()).isEqualTo("借调到省委巡视组");
		});
	}

	@Test
	void otherPressedOnTheReasonsCardIsAskedAboutToo() {
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任");
		assertThat(chat.press(organizer, "其他")).singleElement().asString().contains("具体原因是什么");
		assertThat(chat.say(organizer, "病休")).singleElement().asString().contains("原因：其他（病休）");
	}

	@Test
	void asPeopleSayItAndCancelledBeforeConfirming() {
		List<String> card = chat.say(organizer, "市统计局的陈离任要调走了，由郑接任接任，帮我发起交接");
		assertThat(card).singleElement().asString().contains("离任：陈离任").contains("接任：郑接任").contains("原因：工作调动");
		OutboundMessage.Card confirm = chat.lastCard(organizer);

		assertThat(chat.say(organizer, "算了")).singleElement().asString().contains("没有发起任何交接");
		assertThat(running()).isEmpty();
		// the old card's 确认 does nothing now
		// and says how it ended (newcomer 23, finding 13)
		assertThat(chat.press(organizer, confirm, "确认")).singleElement().asString().contains("没有任何改动").contains("已经放弃");
		assertThat(chat.outcomeOf(confirm)).isEqualTo("已放弃");
		assertThat(running()).isEmpty();

		// the successor named first, the departing official by what is said of them
		assertThat(chat.say(organizer, "郑接任来接替陈离任，陈离任退休了，发起交接")).singleElement()
			.asString()
			.contains("离任：陈离任")
			.contains("接任：郑接任")
			.contains("原因：退休");
		assertThat(chat.press(organizer, "取消")).singleElement().asString().contains("没有发起任何交接");
		assertThat(chat.lastOutcome()).isEqualTo("已放弃");
		assertThat(running()).isEmpty();

		// 不是 to the card opens nothing either
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 退休");
		assertThat(chat.say(organizer, "不是")).singleElement().asString().contains("没有发起任何交接");
		assertThat(chat.say(organizer, "确认")).first().asString().doesNotContain("已发起");
		assertThat(running()).isEmpty();
	}

	@Test
	void twoPeopleOfOneNameAreAskedAboutAndANameNobodyHasGetsTheCloseOne() {
		long office = directory.createUnit(org.department.id(), "office-" + org.department.code(), "市统计局办公室", "OFFICE")
			.id();
		long zhangA = directory.addOfficial("张伟", "市统计局副局长", org.department.id()).id();
		long zhangB = directory.addOfficial("张伟", "办公室主任", office).id();

		List<String> which = chat.say(organizer, "发起交接 市统计局 陈离任 张伟 调动");
		assertThat(which).singleElement()
			.asString()
			.contains("有2位“张伟”")
			.contains("1. 张伟，职务：市统计局副局长，单位：市统计局")
			.contains("2. 张伟，职务：办公室主任，单位：市统计局办公室");
		assertThat(chat.lastCard(organizer).buttons()).hasSize(2);
		assertThat(chat.press(organizer, "2号 张伟（办公室主任）")).singleElement().asString().contains("接任：张伟（职务：办公室主任）");
		chat.say(organizer, "确认");
		assertThat(running()).singleElement().extracting(HandoverBrief::successorId).isEqualTo(zhangB);
		assertThat(zhangA).isNotEqualTo(zhangB);

		// a name nobody has: the close one is offered, and picked by typing its number
		long other = directory.addOfficial("钱多多", "市统计局科员", org.department.id()).id();
		List<String> close = chat.say(organizer, "发起交接 市统计局 钱多少 郑接任 辞职");
		assertThat(close).singleElement().asString().contains("没有找到“钱多少”").contains("1. 钱多多，职务：市统计局科员，单位：市统计局");
		assertThat(chat.say(organizer, "1")).singleElement().asString().contains("离任：钱多多").contains("原因：辞职");
		chat.say(organizer, "确认");
		assertThat(running()).extracting(HandoverBrief::departingId).contains(other);

		// nobody close at all: said so, and the name asked again
		assertThat(chat.say(organizer, "发起交接 市统计局 欧阳明月 郑接任 调动")).singleElement().asString().contains("没有找到“欧阳明月”");
		assertThat(chat.say(organizer, "取消")).singleElement().asString().contains("没有发起任何交接");
	}

	@Test
	void refusalsAreSaidAndOpenNothing() {
		// no organizer: refused, no question asked
		assertThat(chat.say(user(org.stranger), "发起交接 市统计局 陈离任 郑接任 调动")).singleElement()
			.asString()
			.contains("只有管辖该单位的组织部门干部可以发起交接");
		// an organizer of another city finds nobody of this one
		assertThat(chat.say(user(org.outsideOrganizer), "发起交接 市统计局 陈离任 郑接任 调动")).first().asString().contains("没有找到");
		chat.say(user(org.outsideOrganizer), "取消");

		// forged or malformed buttons of a live draft's card do nothing
		chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动");
		OutboundMessage.Card live = chat.lastCard(organizer);
		String token = live.buttons().get(0).key().split(":")[1];
		for (String forged : List.of("org:" + token + ":rFOO", "org:" + token + ":p9", "org:0123abcd:yes",
				"org:" + token)) {
			assertThat(pressKey(live, forged)).singleElement().asString().contains("没有任何改动");
		}
		assertThat(running()).isEmpty();
		chat.say(organizer, "取消");

		// the successor from above the unit: refused with the reason, and the successor
		// asked again
		List<String> outside = chat.say(organizer, "发起交接 市统计局 陈离任 李组审 调动");
		assertThat(outside).singleElement().asString().contains("李组审所在单位是" + org.city.name()).contains("接任陈离任的是谁");
		assertThat(chat.say(organizer, "郑接任")).singleElement().asString().contains("请确认发起交接");
		chat.say(organizer, "确认");
		long first = running().get(0).id();

		// a second handover for the departing official: refused, the draft ends, nothing
		// more is opened
		List<String> again = chat.say(organizer, "发起交接 市统计局 陈离任 卫路人 调动");
		assertThat(again).singleElement().asString().contains("交接" + first).contains("没有发起");
		assertThat(chat.say(organizer, "确认")).first().asString().doesNotContain("已发起");
		assertThat(running()).hasSize(1);
	}

	@Test
	void theSuccessorChangesWithAReasonAndBothAreTold() {
		long id = open();
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();
		directory.bindIdentity(chat.platform(), chat.corp(), user(newcomer), newcomer);

		assertThat(chat.say(organizer, "更换接任人 " + id)).singleElement().asString().contains("新接任人是谁");
		assertThat(chat.say(organizer, "冯新任")).singleElement().asString().contains("请说明把交接" + id + "的接任人改为冯新任的理由");
		assertThat(records.find(id).successorId()).isEqualTo(org.successor); // nothing
																				// yet
		assertThat(chat.say(organizer, "原人选另有任用")).singleElement().asString().contains("交接" + id + "的接任人已由郑接任改为冯新任");
		Handover h = records.find(id);
		assertThat(h.successorId()).isEqualTo(newcomer);
		assertThat(recipients(id, OutboxEvent.SUCCESSOR_CHANGED)).contains(org.successor, org.departing)
			.doesNotContain(newcomer, org.organizer);
		assertThat(notice(id, OutboxEvent.SUCCESSOR_CHANGED)).contains("接任人由郑接任同志改为冯新任同志").contains("理由：原人选另有任用");
		assertThat(audit.history(id)).extracting(AuditEntry::action).contains("SUCCESSOR_CHANGED");

		// in one message, the natural way; the old successor is no party any more
		long third = directory.addOfficial("蒋三任", "市统计局局长（第三人选）", org.department.id()).id();
		assertThat(chat.say(organizer, "交接" + id + "的接任人换成蒋三任，理由是冯新任另有任用")).singleElement()
			.asString()
			.contains("已由冯新任改为蒋三任");
		assertThat(records.find(id).successorId()).isEqualTo(third);

		// refused: the departing official as their own successor; and by a party
		assertThat(chat.say(organizer, "更换接任人 " + id + " 陈离任 搞错了")).singleElement().asString().contains("不能");
		assertThat(chat.say(organizer, "取消")).singleElement().asString().contains("没有更换接任人");
		assertThat(chat.say(user(org.departing), "更换接任人 " + id + " 卫路人 我想换")).first()
			.asString()
			.contains("只有管辖该单位的组织部门干部可以更换接任人");
		assertThat(records.find(id).successorId()).isEqualTo(third);
	}

	@Test
	void cancelledTheWayPeopleSayItWithTheReasonAsked() {
		long id = open();
		assertThat(chat.say(organizer, "取消交接 " + id)).singleElement().asString().contains("请说明取消的理由");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.NOTIFIED);
		assertThat(chat.say(organizer, "干部任职调整撤回")).singleElement().asString().contains("交接" + id + "已取消");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.CANCELLED);
		assertThat(records.find(id).cancelReason()).isEqualTo("干部任职调整撤回");

		long second = open();
		assertThat(chat.say(organizer, "取消" + second + "号交接，理由是人选调整")).singleElement()
			.asString()
			.contains("交接" + second + "已取消");
		assertThat(records.find(second).cancelReason()).isEqualTo("人选调整");
	}

	@Test
	void aDeadlineExtendedWithinThePolicysCapAndRefusedBeyondIt() {
		long id = open();
		// over the cap (石嘴山: 10 calendar days past 12-03, rolled to the Monday): refused
		// with the cap said
		List<String> over = chat.say(organizer, "延期 " + id + " 30天 离任干部住院");
		assertThat(over).singleElement()
			.asString()
			.contains("规定期限累计最多延长10个自然日")
			.contains("最晚只能延至2026-12-14")
			.contains("要延长多久");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-03");
		assertThat(chat.say(organizer, "5天")).singleElement().asString().contains("由2026-12-03延至2026-12-08");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-08");
		assertThat(checklistStep(id).dueOn()).hasToString("2026-12-08");
		assertThat(recipients(id, OutboxEvent.DEADLINE_EXTENDED)).contains(org.departing, org.successor)
			.doesNotContain(org.organizer);
		assertThat(notice(id, OutboxEvent.DEADLINE_EXTENDED)).contains("“填报交接清单”的期限由2026-12-03延至2026-12-08")
			.contains("理由：离任干部住院");

		// step by step: how much later (with where it stands), why, done; the cap counts
		// from the first due day
		List<String> howLong = chat.say(organizer, "延期");
		assertThat(howLong).singleElement().asString().contains("填报交接清单：2026-12-08到期，按交接制度最晚可延至2026-12-14");
		assertThat(chat.say(organizer, "延至12月14日")).singleElement().asString().contains("请说明交接" + id + "延期的理由");
		assertThat(chat.say(organizer, "审计报告未出")).singleElement().asString().contains("延至2026-12-14");
		assertThat(audit.history(id)).extracting(AuditEntry::action).contains("DEADLINE_EXTENDED");
		assertThat(chat.say(organizer, "交接" + id + "延期1天，还要等")).singleElement().asString().contains("最晚只能延至2026-12-14");
		chat.say(organizer, "取消");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-14");

		// a party may not extend their own handover
		assertThat(chat.say(user(org.successor), "延期 " + id + " 3天 忙")).first()
			.asString()
			.contains("只有管辖该单位的组织部门干部可以延长交接期限");
	}

	/**
	 * A sentence-final particle is no reason (newcomer 22, finding 1): "延到…吧" asks why
	 * and the next message is the reason; the same for a cancellation and a change of
	 * successor.
	 */
	@Test
	void aParticleAloneIsNoReasonAndTheReasonIsAsked() {
		long id = open();
		chat.say(organizer, "延期");
		assertThat(chat.say(organizer, "延至12月8日吧")).singleElement().asString().contains("请说明交接" + id + "延期的理由");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-03");
		assertThat(chat.say(organizer, "他这两周在下乡搞调研")).singleElement().asString().contains("延至2026-12-08");
		// no party named: the words are quoted as the organizer's (newcomer 24, finding
		// 10)
		assertThat(notice(id, OutboxEvent.DEADLINE_EXTENDED)).contains("理由（组织部门）：“他这两周在下乡搞调研”").doesNotContain("理由：吧");

		directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id());
		assertThat(chat.say(organizer, "更换接任人 " + id + " 冯新任 啊")).singleElement()
			.asString()
			.contains("请说明把交接" + id + "的接任人改为冯新任的理由");
		chat.say(organizer, "取消");
		assertThat(chat.say(organizer, "取消交接 " + id + " 吧！")).singleElement().asString().contains("请说明取消的理由");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.NOTIFIED);
		assertThat(chat.say(organizer, "人选调整")).singleElement().asString().contains("交接" + id + "已取消");
		assertThat(records.find(id).cancelReason()).isEqualTo("人选调整");
	}

	// ------------------------------------------------------------------ newcomer 23
	// (王明):
	// findings 2, 15 and 19. A reason that is none of the fixed ones (借调) is 其他 with the
	// organizer's words, never 工作调动, and the reason is corrected on the card before 确认
	// ("原因改为其他", "原因不对，不是…，是…"); "不是这个，是交接5" while a 延期 or 取消 is asked moves the
	// question to that handover; "延期到明年1月10日，因为…" reads the day (明年/今年, month, day), the
	// cap refuses it naming the latest day, the reason is only what follows 因为 and never
	// the
	// day's words, and a day said without a reason asks for one.

	// ------------------------------------------------------------------ finding 2

	@Test
	void aSecondmentIsOtherWithTheOrganizersWordsNeverATransfer() {
		List<String> card = chat.say(organizer, "给市统计局陈离任办交接，他借调到自治区统计局帮忙半年，由郑接任接任");
		assertThat(card).singleElement()
			.asString()
			.contains("离任：陈离任")
			.contains("接任：郑接任")
			.contains("原因：其他（借调到自治区统计局帮忙半年）")
			.doesNotContain("工作调动");
		assertThat(chat.say(organizer, "确认")).singleElement().asString().contains("已发起交接");
		assertThat(running()).singleElement().satisfies(b -> {
			assertThat(b.reason()).isEqualTo(HandoverReason.OTHER);
			assertThat(b.reasonNote()).isEqualTo("借调到自治区统计局帮忙半年");
		});
	}

	@Test
	void theReasonIsCorrectedOnTheCardBeforeConfirming() {
		List<String> card = chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动");
		// the card says how to change the reason
		assertThat(card).singleElement().asString().contains("原因：工作调动").contains("原因改为");

		assertThat(chat.say(organizer, "原因改为其他")).singleElement().asString().contains("离任原因选了“其他”：陈离任离任的具体原因是什么？");
		assertThat(chat.say(organizer, "借调到省委巡视组")).singleElement().asString().contains("原因：其他（借调到省委巡视组）");

		assertThat(chat.say(organizer, "原因不对，不是借调，是退休")).singleElement()
			.asString()
			.contains("原因：退休")
			.doesNotContain("原因：其他");
		assertThat(chat.say(organizer, "原因改为其他：病休")).singleElement().asString().contains("原因：其他（病休）");
		assertThat(chat.say(organizer, "原因不对，不是调动，是借调到自治区统计局帮助工作半年")).singleElement()
			.asString()
			.contains("原因：其他（借调到自治区统计局帮助工作半年）");

		// 原因不对 alone: the reasons are offered, and one pressed goes back to the card
		assertThat(chat.say(organizer, "原因不对")).singleElement().asString().contains("陈离任离任的原因是什么");
		assertThat(chat.press(organizer, "辞职")).singleElement().asString().contains("原因：辞职");
		assertThat(running()).isEmpty();

		assertThat(chat.say(organizer, "确认")).singleElement().asString().contains("已发起交接");
		assertThat(running()).singleElement().satisfies(b -> {
			assertThat(b.reason()).isEqualTo(HandoverReason.RESIGNATION);
			assertThat(b.reasonNote()).isNull();
		});
	}

	// ------------------------------------------------------------------ finding 15

	@Test
	void notThisOneButAnotherMovesTheQuestionToThatHandover() {
		long first = open(org.departing, org.successor);
		long other = open(org.stranger, directory.addOfficial("冯新任", "市统计局副局长（拟任）", org.department.id()).id());
		chat.say(organizer, "进度 " + first); // the one in focus

		assertThat(chat.say(organizer, "延期")).singleElement().asString().contains("交接" + first + "现在的期限");
		List<String> moved = chat.say(organizer, "不是这个，是交接" + other);
		assertThat(moved).singleElement()
			.asString()
			.contains("交接" + other + "现在的期限")
			.contains("要延长多久")
			.doesNotContain("没有延期");
		assertThat(chat.say(organizer, "3天")).singleElement().asString().contains("请说明交接" + other + "延期的理由");
		assertThat(chat.say(organizer, "离任干部下乡调研")).singleElement().asString().contains("延至2026-12-07");
		assertThat(records.find(other).checklistDue()).hasToString("2026-12-07");
		assertThat(records.find(first).checklistDue()).hasToString("2026-12-03");

		// the same for a cancellation: 不对，是交接N asks the reason for that one
		assertThat(chat.say(organizer, "取消交接 " + first)).singleElement().asString().contains("请说明取消的理由");
		assertThat(chat.say(organizer, "不对，是交接" + other)).singleElement()
			.asString()
			.contains("请说明取消的理由")
			.contains("卫路人 → 冯新任");
		assertThat(chat.say(organizer, "人选调整")).singleElement().asString().contains("交接" + other + "已取消");
		assertThat(records.find(other).state()).isEqualTo(HandoverState.CANCELLED);
		assertThat(records.find(first).state()).isEqualTo(HandoverState.NOTIFIED);
	}

	// ------------------------------------------------------------------ finding 19

	@Test
	void aDayWithItsYearIsReadAndTheCapRefusesItNamingTheLatestDay() {
		long id = open(org.departing, org.successor);

		List<String> over = chat.say(organizer, "交接" + id + "延期到明年1月10日，因为元旦放假人员不齐");
		assertThat(over).singleElement()
			.asString()
			.contains("最晚只能延至2026-12-14")
			.contains("不能延至2027-01-10")
			.contains("要延长多久");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-03");

		// the reason given stays: the next day said is done at once
		assertThat(chat.say(organizer, "那就延到12月14日")).singleElement().asString().contains("由2026-12-03延至2026-12-14");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-14");
		assertThat(notice(id, OutboxEvent.DEADLINE_EXTENDED)).contains("理由：元旦放假人员不齐")
			.doesNotContain("1月10日")
			.doesNotContain("明年");
	}

	@Test
	void aDaySaidWithoutAReasonAsksForOneAndTheReasonHasNoDate() {
		long id = open(org.departing, org.successor);

		assertThat(chat.say(organizer, "交接" + id + "延至今年12月10日")).singleElement()
			.asString()
			.contains("请说明交接" + id + "延期的理由");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-03");
		assertThat(chat.say(organizer, "审计报告未出")).singleElement().asString().contains("由2026-12-03延至2026-12-10");
		assertThat(notice(id, OutboxEvent.DEADLINE_EXTENDED)).contains("理由：审计报告未出");

		assertThat(chat.say(organizer, "交接" + id + "延期到12月12日吧")).singleElement()
			.asString()
			.contains("请说明交接" + id + "延期的理由");
		assertThat(chat.say(organizer, "因为人员不齐")).singleElement().asString().contains("由2026-12-10延至2026-12-12");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-12");
	}

	@Test
	void helpListsTheOrganizersCommandsAndTheDepartingOfficialsWordsStayAnItem() {
		long id = open();
		assertThat(chat.say(organizer, "帮助")).first()
			.asString()
			.contains("· 发起交接：")
			.contains("· 更换接任人 " + id + " 姓名 理由")
			.contains("· 延期 " + id + " 5天")
			.contains("· 取消 " + id + " 理由：");
		assertThat(chat.say(user(org.departing), "帮助")).first()
			.asString()
			.doesNotContain("发起交接")
			.doesNotContain("延期 " + id);

		chat.say(user(org.departing), "签收");
		assertThat(chat.say(user(org.departing), "延期支付的工程款 30万元")).first().asString().contains("已记录为第1项");
		assertThat(records.find(id).checklistDue()).hasToString("2026-12-03");
	}

	/**
	 * Newcomer 23, finding 16: 进度 of the handover a party's name points to (departing or
	 * successor), as the unit's name does.
	 */
	@Test
	void theStatusOfTheHandoverAPartysNameNames() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long stats = open();

		for (String words : List.of("马军那个交接现在到哪一步了", "杨丽的交接到哪了", "马军副局长那个交接进展怎么样了")) {
			assertThat(say(organizer, words)).as(words)
				.contains("交接" + farm + "：石嘴山市农业农村局，马军 → 杨丽")
				.doesNotContain("没有听懂")
				.doesNotContain("交接" + stats + "：");
		}
		assertThat(say(organizer, "陈离任那个交接现在到哪一步了")).contains("交接" + stats + "：市统计局，陈离任 → 郑接任").doesNotContain("没有听懂");
		assertThat(say(organizer, "农业农村局的交接到哪了")).contains("交接" + farm + "：石嘴山市农业农村局");
	}

	/**
	 * Newcomer 23, finding 8: 延期 of the handover named by its departing official, in
	 * everyday words (给他延3天吧, the reason after), while another is in focus; 取消 and 更换接任人
	 * take the name the same way.
	 */
	@Test
	void anExtensionAndOtherActionsOfTheHandoverAPartysNameNames() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long stats = open(); // the newest: the one in focus

		String extended = say(organizer, "马军那个交接给他延3天吧，他这两天下乡调研没看到通知");
		assertThat(extended).contains("交接" + farm).contains("延至").doesNotContain("没有听懂");
		assertThat(extensions(farm)).isOne();
		assertThat(extensions(stats)).isZero();
		// the first told is 马军, named by the organizer: the reason's 他 is him (newcomer
		// 24, finding 10)
		assertThat(notice(farm, OutboxEvent.DEADLINE_EXTENDED)).contains("理由：您这两天下乡调研没看到通知").doesNotContain("理由：吧");

		assertThat(say(organizer, "取消马军那个交接")).contains("交接" + farm).contains("请说明取消的理由");
		assertThat(say(organizer, "算了")).doesNotContain("已取消");
		assertThat(say(organizer, "马军那个交接的接任人换成卫路人")).contains("交接" + farm).doesNotContain("没有听懂");
		chat.say(organizer, "取消");
		assertThat(records.find(farm).state()).isEqualTo(HandoverState.NOTIFIED);
		assertThat(records.find(stats).state()).isEqualTo(HandoverState.NOTIFIED);
	}

	/**
	 * Two people of one name, each in a running handover: which is asked, nothing done;
	 * the unit said with the name picks one.
	 */
	@Test
	void aNameOfSeveralHandoversIsAskedAboutAndNothingIsDone() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long water = openedIn("石嘴山市水务局", "马军", "周强");

		String which = say(organizer, "马军那个交接给他延3天吧，他这两天下乡调研没看到通知");
		assertThat(which).contains("“马军”对得上您可以查看的2项交接")
			.contains("交接" + farm + "：石嘴山市农业农村局")
			.contains("交接" + water + "：石嘴山市水务局")
			.doesNotContain("没有听懂");
		assertThat(extensions(farm) + extensions(water)).isZero();
		assertThat(say(organizer, "马军那个交接现在到哪一步了")).contains("对得上您可以查看的2项交接").contains("进度 编号");

		assertThat(say(organizer, "水务局马军那个交接现在到哪一步了")).contains("交接" + water + "：石嘴山市水务局，马军 → 周强")
			.doesNotContain("农业农村局");
	}

	/**
	 * Newcomer 23, finding 1: "…，郑接任临时接手，帮我办个交接" asks to open a handover (the card of
	 * 发起交接), and a message not understood is not headed by a handover it is not about
	 * (the help after it is).
	 */
	@Test
	void anOpeningInEverydayWordsAndNoHandoverHeadsANotUnderstoodReply() {
		openedIn("石嘴山市农业农村局", "马军", "杨丽");
		openedIn("石嘴山市水务局", "李强", "周强");

		String asked = say(organizer, "统计局陈离任局长要借调到自治区统计局帮忙半年，郑接任临时接手，帮我办个交接");
		assertThat(asked).doesNotContain("没有听懂").contains("陈离任");
		chat.say(organizer, "算了");

		assertThat(say(organizer, "郑接任临时接手陈离任的工作，他调到自治区统计局了，帮我办一下交接")).contains("请确认发起交接")
			.contains("离任：陈离任")
			.contains("接任：郑接任")
			.contains("原因：工作调动");
		chat.say(organizer, "确认");
		assertThat(running()).extracting(HandoverBrief::departingId).contains(org.departing);

		List<String> lost = chat.say(organizer, "今天中午食堂吃什么");
		assertThat(lost.get(0)).startsWith("没有听懂这条消息");
		assertThat(lost).hasSizeGreaterThan(1);
		assertThat(lost.get(1)).startsWith("【交接");
	}

	// ------------------------------------------------------------------ newcomer 24
	// (王明): findings 9 and 11. The step named in the sentence (签收期限 / 清单期限 …) is the one
	// extended, within its own cap; "<name>那个" / "<name>的" without 交接 names the handover
	// when
	// the rest is a command that takes one, after a preamble of its own ("我已经催过了，还是…");
	// and a message not understood is not followed by help about a handover it did not
	// name.

	/**
	 * Finding 9: "周红那个交接签收期限延到12月20日吧" extends the 签收 of 周红's handover, or is refused
	 * naming the latest day the policy allows for 签收 (as the console does); the
	 * checklist's deadline does not move.
	 */
	@Test
	void theStepNamedInTheSentenceIsTheOneExtendedWithinItsOwnCap() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long stats = open(); // the newest: the one in focus
		DeadlineExtensions.Deadline receipt = deadline(farm, WaitingStepKind.NOTICE_RECEIPT);
		LocalDate checklistDue = records.find(farm).checklistDue();

		String over = say(organizer, "马军那个交接签收期限延到" + monthDay(receipt.latest().plusDays(2)) + "吧，他在外地学习");
		assertThat(over).contains("交接" + farm)
			.contains("“签收交接通知书”")
			.contains("最晚只能延至" + receipt.latest())
			.doesNotContain("没有听懂")
			.doesNotContain("交接" + stats + "：");
		assertThat(deadline(farm, WaitingStepKind.NOTICE_RECEIPT).dueOn()).isEqualTo(receipt.dueOn());
		chat.say(organizer, "取消");

		String extended = say(organizer, "马军那个交接签收期限延到" + monthDay(receipt.latest()) + "吧，他在外地学习");
		assertThat(extended).contains("交接" + farm + "“签收交接通知书”的期限已由" + receipt.dueOn() + "延至" + receipt.latest())
			.doesNotContain("没有听懂");
		assertThat(deadline(farm, WaitingStepKind.NOTICE_RECEIPT).dueOn()).isEqualTo(receipt.latest());
		assertThat(records.find(farm).checklistDue()).isEqualTo(checklistDue);
		assertThat(notice(farm, OutboxEvent.DEADLINE_EXTENDED)).contains("签收交接通知书").contains("理由：您在外地学习");

		// the short names of the steps: 清单期限 moves the checklist only; a step nobody
		// waits on (签字 before the checklist) is said, and nothing moves
		String checklist = say(organizer, "交接" + stats + "的清单期限延长2天，理由是人员不齐");
		assertThat(checklist).contains("“填报交接清单”的期限已由").doesNotContain("签收交接通知书");
		assertThat(say(organizer, "马军那个交接签字期限延3天，人员不齐")).contains("交接" + farm)
			.contains("“签字”")
			.doesNotContain("已由")
			.doesNotContain("没有听懂");
		assertThat(records.find(farm).checklistDue()).isEqualTo(checklistDue);
		assertThat(extensions(farm)).isOne();
	}

	/**
	 * Finding 11: "刘志远那个我已经催过了，还是延到12月11日吧，他还在住院" extends 刘志远's handover to that day with
	 * the reason after it: the party named without 交接, the preamble dropped. Words that
	 * are no command about a handover are not taken for one.
	 */
	@Test
	void aPartysNameWithoutTheWordHandoverNamesItBeforeACommandAfterAPreamble() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long stats = open(); // the newest: the one in focus

		assertThat(say(organizer, "马军那个我已经催过了，还是延到12月11日吧，他还在住院")).contains("交接" + farm)
			.contains("延至2026-12-11")
			.doesNotContain("没有听懂");
		assertThat(records.find(farm).checklistDue()).hasToString("2026-12-11");
		assertThat(notice(farm, OutboxEvent.DEADLINE_EXTENDED)).contains("理由：您还在住院")
			.doesNotContain("催过")
			.doesNotContain("还是");
		assertThat(extensions(stats)).isZero();

		assertThat(say(organizer, "杨丽的延到12月12日，还在培训")).contains("交接" + farm).contains("延至2026-12-12");
		assertThat(say(organizer, "马军那边取消吧")).contains("交接" + farm).contains("请说明取消的理由");
		chat.say(organizer, "取消");

		// no command about a handover after the name: not taken for one
		for (String words : List.of("马军那个人挺好的", "马军的材料我看过了")) {
			assertThat(say(organizer, words)).as(words).doesNotContain("请说明").doesNotContain("已由");
		}
		assertThat(extensions(farm)).isEqualTo(2);
		assertThat(records.find(farm).state()).isEqualTo(HandoverState.NOTIFIED);
	}

	/**
	 * Findings 9 and 11: a message not understood that names a party of a handover other
	 * than the one in focus says so, and the help after it is not about the one in focus.
	 */
	@Test
	void aMessageNotUnderstoodNamingAnotherHandoversPartySaysSo() {
		long farm = openedIn("石嘴山市农业农村局", "马军", "杨丽");
		long stats = open(); // the newest: the one in focus

		List<String> lost = chat.say(organizer, "马军那个我已经催过了");
		assertThat(lost.get(0)).startsWith("没有听懂这条消息").contains("马军").contains("交接" + farm);
		assertThat(String.join("\n", lost)).doesNotContain("交接" + stats + "：").doesNotContain("【交接" + stats);

		// naming nobody: the help of the one in focus, as before
		List<String> nobody = chat.say(organizer, "今天中午食堂吃什么");
		assertThat(nobody.get(0)).isEqualTo("没有听懂这条消息。");
		assertThat(nobody.get(1)).startsWith("【交接" + stats);
	}

	/**
	 * Newcomer 24, finding 1: a clause that sets a matter aside ("吴管理那边的事先不说") names no
	 * party; "要去…借调" says who leaves and "先顶上" who takes over, 借调 is 其他 in the
	 * organizer's words, and the card is the usual one: nobody outside the unit is
	 * refused, and the departing official named is never asked for.
	 */
	@Test
	void aMatterSetAsideNamesNoPartyAndTheOthersAreReadByTheirWords() {
		assertThat(cardOfTheOrgsParties("吴管理那边的事先不说，市统计局的陈离任要去省统计局借调半年，他那摊子让郑接任先顶上，帮我办个交接")).contains("原因：其他（借调半年）")
			.doesNotContain("吴管理");
		chat.say(organizer, "确认");
		assertThat(running()).extracting(HandoverBrief::departingId, HandoverBrief::successorId)
			.containsExactly(tuple(org.departing, org.successor));
	}

	/**
	 * The other ways of setting a matter aside (before it, after it, around it) and of
	 * saying who takes over for now (顶上 / 顶一下 / 接一下), the successor named first.
	 */
	@Test
	void everyWayOfSettingAMatterAsideAndOfStandingInIsRead() {
		for (String said : List.of("先不说吴管理的事，市统计局的陈离任要去挂职一年，郑接任顶一下，帮我办个交接",
				"吴管理的事回头再说吧，郑接任先顶上陈离任的工作，陈离任借调到省统计局半年，帮我办个交接", "吴管理暂且不提，郑接任接一下陈离任的工作，陈离任要去省统计局借调半年，帮我办个交接",
				"撇开吴管理不谈，郑接任顶上陈离任的工作，陈离任借调半年，帮我办个交接")) {
			assertThat(cardOfTheOrgsParties(said)).as(said).contains("原因：其他（").doesNotContain("吴管理");
			chat.say(organizer, "取消");
		}
		assertThat(running()).isEmpty();
	}

	/**
	 * A third person named in passing, the departing official said by "要去…借调": he is
	 * never asked for, and the one said in passing is neither refused nor taken.
	 */
	@Test
	void theDepartingOfficialNamedIsNeverAskedFor() {
		assertThat(cardOfTheOrgsParties("吴管理打电话说，市统计局的陈离任要去省统计局借调半年，郑接任先顶上，帮我办个交接")).doesNotContain("不能作为这项交接的一方");
	}

	/**
	 * Names no words place are taken in the order said, someone outside the unit after
	 * those in it: the one in the unit is the departing official, not asked for after
	 * refusing the other.
	 */
	@Test
	void someoneOutsideTheUnitIsNotTakenByOrderBeforeTheOneInIt() {
		assertThat(cardOfTheOrgsParties("吴管理反映，市统计局陈离任的岗位由郑接任接手，他调到自治区统计局了，帮我办个交接")).contains("原因：工作调动");
	}

	/**
	 * The confirmation card for what was said, with the org's departing official and
	 * successor, nobody asked for.
	 */
	private String cardOfTheOrgsParties(String said) {
		String card = say(organizer, said);
		assertThat(card).as(said).contains("请确认发起交接").contains("离任：陈离任").contains("接任：郑接任").doesNotContain("离任干部是谁");
		return card;
	}

	/**
	 * A handover opened in a new unit of the org's city: {@code leaving} →
	 * {@code coming}.
	 */
	private long openedIn(String unit, String leaving, String coming) {
		OrgUnit u = directory.createUnit(org.city.id(), "u-" + System.nanoTime(), unit, "CITY_DEPARTMENT");
		long from = directory.addOfficial(leaving, unit + "副局长", u.id()).id();
		long to = directory.addOfficial(coming, unit + "办公室主任", u.id()).id();
		return handovers.open(org.actor(org.organizer), new OpenRequest(u.id(), from, to, HandoverReason.TRANSFER))
			.id();
	}

	private long extensions(long handoverId) {
		return audit.history(handoverId).stream().filter(e -> e.action().equals("DEADLINE_EXTENDED")).count();
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

	/**
	 * A press of the card with a button key of the test's making (a forged or malformed
	 * one).
	 */
	private List<String> pressKey(OutboundMessage.Card card, String key) {
		int before = chat.said.size();
		conversation.onEvent(new InboundEvent.CardAction(new ChatUser(Platform.WEB, ScriptedChat.CORP, organizer),
				dev.baton.integrations.chat.Conversation.direct(organizer), Instant.now(), card.cardId(), key, Map.of(),
				"code-" + key.hashCode()));
		List<String> out = new ArrayList<>();
		for (ScriptedChat.Said said : chat.said.subList(before, chat.said.size())) {
			out.add(said.message().fallbackText());
		}
		return out;
	}

	private long open() {
		return open(org.departing, org.successor);
	}

	private long open(long departing, long successor) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), departing, successor, HandoverReason.TRANSFER))
			.id();
	}

	private List<HandoverBrief> running() {
		return handovers.list(org.actor(org.organizer), HandoverFilter.running(10));
	}

	/** The first notice of the event for the handover, as its recipients read it. */
	private String notice(long handoverId, OutboxEvent event) {
		OutboxMessage told = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == event)
			.findFirst()
			.orElseThrow();
		return renderer.render(told.event(), json.readTree(told.payload()));
	}

	private List<Long> recipients(long handoverId, OutboxEvent event) {
		List<Long> out = new ArrayList<>();
		for (OutboxMessage m : outbox.forHandover(handoverId)) {
			if (m.event() == event && m.recipientId() != null) {
				out.add(m.recipientId());
			}
		}
		return out;
	}

	private DeadlineExtensions.Deadline deadline(long handoverId, WaitingStepKind kind) {
		return deadlines.openDeadlines(org.actor(org.organizer), handoverId)
			.stream()
			.filter(d -> d.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	/** A day as organizers say it: 12月20日. */
	private static String monthDay(LocalDate day) {
		return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private WaitingStep checklistStep(long id) {
		return waitingSteps.steps(id)
			.stream()
			.filter(s -> s.kind() == WaitingStepKind.CHECKLIST && s.open())
			.findFirst()
			.orElseThrow();
	}

	private static String user(long official) {
		return "org-chat-" + official;
	}

}
