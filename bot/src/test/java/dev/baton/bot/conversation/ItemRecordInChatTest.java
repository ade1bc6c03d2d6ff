package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Evidence;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item record as people meet it in chat, in words the grammar reads today, on a 武夷山
 * township handover: a bank balance, a building and a heritage site are facts on hand
 * (现状), not unfinished work, while work whose status was not said is asked about with a
 * card and submitting waits for it (#7); a return names every item it comments on, with
 * its title, says how to answer, and 清单 and 第N项 show the comments (#4); a file sent after
 * 第N项 is evidence of that item (#6).
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ItemRecordInChatTest {

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
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.departing, org.successor, org.auditReviewer, org.organizer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + official, official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "r" + org.departing;
	}

	@Test
	void factsOnHandAreNotUnfinishedAndAnUnsaidStatusIsAskedBeforeSubmitting() {
		chat.say(departing, "签收");
		for (Section s : checklists.sections(handoverId)) {
			switch (s.code()) {
				case "ideas" -> {
					// work, no status said: recorded, and asked with a card; a press
					// answers
					List<String> asked = chat.say(departing, "乡村振兴产业规划");
					// what was recorded, the card, then what to do next (newcomer 7,
					// finding 4)
					assertThat(asked).hasSize(3);
					assertThat(asked.get(0)).contains("已记录为第1项").contains("状态：待说明");
					assertThat(asked.get(1)).contains("第1项“乡村振兴产业规划”目前是什么状态");
					assertThat(asked.get(2)).contains("继续发送下一个事项");
					assertThat(chat.lastCard(departing).buttons()).extracting(b -> b.label())
						.containsExactly("已完成", "推进中", "未启动", "现状");
					assertThat(chat.press(departing, "推进中")).singleElement()
						.asString()
						.contains("第1项已修改")
						.contains("状态：推进中");
					assertThat(chat.lastOutcome()).isEqualTo("已选择：推进中");
				}
				case "pending" -> {
					chat.say(departing, "安置房二期");
					// the answer in words, while the question is open
					assertThat(chat.say(departing, "还没启动")).singleElement().asString().contains("状态：未启动");
				}
				case "assets" -> {
					assertThat(chat.say(departing, "银行账户余额 1234567.89元")).singleElement()
						.asString()
						.contains("状态：现状")
						.contains("1,234,567.89元");
					assertThat(chat.say(departing, "乡政府办公楼一栋")).singleElement().asString().contains("状态：现状");
				}
				case "heritage" ->
					assertThat(chat.say(departing, "下梅村古民居（省级文物保护单位）")).singleElement().asString().contains("状态：现状");
				case "risks" -> {
					List<String> asked = chat.say(departing, "汛期山体滑坡隐患点");
					assertThat(asked).hasSize(3);
					// not answered: the next message is the next thing said, the item
					// keeps no status
					// the card left open is said once, at the end of that reply (#12,
					// newcomer 14, finding 12)
					assertThat(chat.say(departing, "下一个")).singleElement()
						.asString()
						.contains("第5部分")
						.endsWith("（只提醒这一次）")
						.contains("上面“第5项的状态”的卡片还在等您回答");
				}
				default -> assertThat(chat.say(departing, "本部分无")).singleElement().asString().contains("无事项");
			}
			if (List.of("ideas", "pending", "assets", "heritage").contains(s.code())) {
				chat.say(departing, "下一个");
			}
		}

		List<String> refused = chat.say(departing, "提交");
		// the status card asked before still waits above: not sent again (newcomer 9's
		// repeated cards), and not said to wait again (said once already: newcomer 14)
		assertThat(refused).singleElement()
			.asString()
			.contains("还不能提交")
			.contains("第5项“汛期山体滑坡隐患点”")
			.doesNotContain("还在等您回答");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(chat.press(departing, "未启动")).singleElement().asString().contains("状态：未启动");

		assertThat(chat.say(departing, "提交")).singleElement().asString().contains("已提交");
		assertThat(state()).isEqualTo(HandoverState.IN_REVIEW);
		List<Item> items = checklists.items(handoverId);
		assertThat(items).extracting(ItemRecordInChatTest::status)
			.containsExactly("IN_PROGRESS", "NOT_STARTED", "ON_HAND", "ON_HAND", "NOT_STARTED", "ON_HAND");
		assertThat(items).filteredOn(Item::unfinished)
			.extracting(Item::title)
			.containsExactly("乡村振兴产业规划", "安置房二期", "汛期山体滑坡隐患点");
	}

	@Test
	void aReturnNamesEveryItemItCommentsOnAndTheItemsShowTheComments() {
		fillAndSubmit();
		String audit = "r" + org.auditReviewer;

		assertThat(chat.say(audit, "退回 第1项 请补充安置房交付时间；第2项 请附银行对账单")).singleElement().asString().contains("退回交接清单");
		assertThat(state()).isEqualTo(HandoverState.DRAFTING);

		String notice = notice(OutboxEvent.CHECKLIST_RETURNED, org.departing);
		assertThat(notice).contains("第1项“安置房二期”：请补充安置房交付时间")
			.contains("第2项“银行账户余额”：请附银行对账单")
			.contains("第N项补充：")
			.contains("第N项金额改为")
			.contains("发送图片或文件")
			.contains("回复“重新送审”");

		String list = String.join("\n", chat.say(departing, "清单"));
		assertThat(list).contains("审核意见（第1轮，审计部门）：请补充安置房交付时间").contains("审核意见（第1轮，审计部门）：请附银行对账单");
		assertThat(list.indexOf("请补充安置房交付时间")).isBetween(list.indexOf("第1项"), list.indexOf("第2项"));

		List<String> second = chat.say(departing, "第2项");
		assertThat(second).singleElement()
			.asString()
			.contains("第2项 银行账户余额")
			.contains("审核意见（第1轮，审计部门）：请附银行对账单")
			.contains("第2项补充");

		// the file sent after 第2项 is evidence of item 2
		assertThat(chat.attach(departing, null, "file", "wecom-media:S1", "对账单.pdf")).singleElement()
			.asString()
			.contains("第2项");
		assertThat(checklists.evidence(handoverId)).singleElement()
			.satisfies(e -> assertThat(e.itemId()).isEqualTo(checklists.item(handoverId, 2).id()))
			.extracting(Evidence::label)
			.isEqualTo("对账单.pdf");
	}

	private void fillAndSubmit() {
		var actor = org.actor(org.departing);
		handovers.acknowledge(actor, handoverId);
		checklist.addItem(actor, handoverId, "pending", new ItemDraft("安置房二期", null,
				dev.baton.bot.checklist.ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		checklist.addItem(actor, handoverId, "assets",
				ItemDraft.titled("银行账户余额").withAmount(new java.math.BigDecimal("1234567.89")));
		for (Section s : checklists.sections(handoverId)) {
			if (!s.code().equals("pending") && !s.code().equals("assets")) {
				checklist.declareSectionEmpty(actor, handoverId, s.code());
			}
		}
		checklist.submit(actor, handoverId);
	}

	/** What the official reads of the one notice of this kind sent to them. */
	private String notice(OutboxEvent event, long official) {
		List<OutboxMessage> sent = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == event && m.recipientId() != null && m.recipientId() == official)
			.toList();
		assertThat(sent).hasSize(1);
		return renderer.render(event, json.readTree(sent.get(0).payload()));
	}

	private static String status(Item item) {
		return item.status() == null ? null : item.status().name();
	}

	private HandoverState state() {
		return records.find(handoverId).state();
	}

}
