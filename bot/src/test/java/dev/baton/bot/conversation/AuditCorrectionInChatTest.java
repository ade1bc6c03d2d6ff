package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.signoff.SignoffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, finding 3: 争议事项以审计结论为最终依据. After 裁定 2 更正 …尾款应为38.2万元 the item holds 382000
 * before anyone signs, in its view, in the plan list and in the archive (whose digest is
 * computed from it), while the departing side's 365000 stays visible as the original
 * statement; a correction that gives no new amount keeps the item's amount and records
 * the note.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class AuditCorrectionInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Checklists checklists;

	@Autowired
	dev.baton.bot.confirmation.Disputes disputeRecords;

	@Autowired
	HandoverRecords records;

	@Autowired
	SignoffService signoff;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	long handoverId;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.successor, org.auditReviewer, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		handoverId = staged.confirming(org, "shizuishan", List.of(Stated.work("统计大数据平台二期"),
				Stated.unfinishedMoney("办公楼维修工程尾款36.5万元", "365000"), Stated.balance("银行账户余额", "1234567.89")));
	}

	@Test
	void aCorrectionChangesTheItemBeforeSigningAndKeepsTheOriginalStatement() {
		String successor = user(org.successor);
		String audit = user(org.auditReviewer);

		chat.say(successor, "确认 1");
		assertThat(chat.say(successor, "异议 2 尾款与合同结算单不符")).first().asString().contains("已对第2项提出异议");
		assertThat(chat.say(successor, "异议 3 余额与对账单不符")).first().asString().contains("已对第3项提出异议");
		// newcomer B13: audit is told how to rule, the departing official that audit
		// rules (nothing to do)
		List<String> toAudit = disputeNotices(org.auditReviewer);
		List<String> toDeparting = disputeNotices(org.departing);
		assertThat(toAudit).anySatisfy(text -> assertThat(text).contains("尾款与合同结算单不符")
			.contains("“裁定 2 维持”")
			.contains("“裁定 2 更正 ")
			.contains("金额、数量或期限会直接改正该项"));
		assertThat(toDeparting).anySatisfy(text -> assertThat(text).contains("尾款与合同结算单不符")
			.contains("由审计部门核实并裁定")
			.contains("您无需办理")
			.doesNotContain("裁定 2"));
		// and audit's help says that an amount, quantity or date written in a correction
		// changes the item
		assertThat(String.join("\n", chat.say(audit, "帮助"))).contains("写明金额、数量或期限").doesNotContain("写明金额或数量");

		// 进度 names the disputed items in words, not by a stored code
		assertThat(chat.say(successor, "进度")).singleElement()
			.asString()
			.contains("异议裁定（第2项）")
			.contains("异议裁定（第3项）")
			.doesNotContain("item:");

		// ---- a correction with an amount: the item changes, the reply says from what to
		// what
		assertThat(chat.say(audit, "裁定 2 更正 经核对合同及结算单，尾款应为38.2万元")).singleElement()
			.asString()
			.contains("已对第2项作出裁定")
			.contains("由365,000.00元更正为382,000.00元");
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("382000");
		assertThat(jdbc.queryForMap(
				"SELECT d.original_amount, d.corrected_amount FROM item_dispute d"
						+ " JOIN handover_item i ON i.id = d.item_id WHERE i.handover_id = ? AND i.seq = 2",
				handoverId))
			.satisfies(row -> {
				assertThat((BigDecimal) row.get("original_amount")).isEqualByComparingTo("365000");
				assertThat((BigDecimal) row.get("corrected_amount")).isEqualByComparingTo("382000");
			});

		// ---- a correction with no new value keeps the amount and records the note
		assertThat(chat.say(audit, "裁定 3 更正 对账单日期有误，余额以银行盖章对账单为准")).singleElement().asString().contains("第3项保持原值");
		assertThat(checklists.item(handoverId, 3).amount()).isEqualByComparingTo("1234567.89");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.SIGNING);

		// ---- the item view shows both: the departing side's statement and audit's
		// correction, with its reason
		assertThat(chat.say(successor, "第2项")).singleElement()
			.asString()
			.contains("金额：382,000.00元") // newcomer C21: as people write money, exact to
										// the fen
			.contains("原陈述 365,000.00元 → 审计更正为 382,000.00元（经核对合同及结算单，尾款应为38.2万元）");
		assertThat(chat.say(successor, "第3项")).singleElement()
			.asString()
			.contains("金额：1,234,567.89元")
			.doesNotContain("CNY")
			.contains("审计裁定更正：对账单日期有误，余额以银行盖章对账单为准");
		// both parties are told, with the amounts
		assertThat(outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.DISPUTE_RULED && m.recipientId() == org.departing)
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList()).anySatisfy(text -> assertThat(text).contains("由365,000.00元更正为382,000.00元"));

		// ---- everyone signs: the archive holds the corrected amount, and its digest was
		// computed from it
		staged.signAll(org, "shizuishan", handoverId);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.ARCHIVED);
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("382000");
		assertThat(signoff.archiveIntact(handoverId)).isTrue();

		// ---- the plan list shows the amount as ruled, and the statement it replaced
		assertThat(chat.say(successor, "计划")).singleElement()
			.asString()
			.contains("第2项 办公楼维修工程尾款36.5万元（382,000.00元，已按审计结论更正，原陈述365,000.00元）");
	}

	@Test
	void anUpheldStatementKeepsTheItemEvenWhenTheNoteNamesAnAmount() {
		chat.say(user(org.successor), "确认 1");
		chat.say(user(org.successor), "确认 3");
		chat.say(user(org.successor), "异议 2 应为38.2万元");
		assertThat(chat.say(user(org.auditReviewer), "裁定 2 维持 合同约定尾款36.5万元，另有3.7万元为质保金")).singleElement()
			.asString()
			.contains("维持");
		assertThat(checklists.item(handoverId, 2).amount()).isEqualByComparingTo("365000");
		assertThat(jdbc.queryForMap("SELECT d.original_amount, d.corrected_amount FROM item_dispute d"
				+ " JOIN handover_item i ON i.id = d.item_id WHERE i.handover_id = ?", handoverId))
			.satisfies(row -> {
				assertThat(row.get("original_amount")).isNull();
				assertThat(row.get("corrected_amount")).as("an upheld statement corrects nothing").isNull();
			});
	}

	/**
	 * A quantity that is not money is corrected the same way: the item holds the ruled
	 * quantity, the statement stays.
	 */
	@Test
	void aCorrectedQuantityChangesTheItemAndKeepsTheStatedOne() {
		org = new TestOrg(directory, actors, "wuyishan"); // a township with stewardship
															// items, a handover of its
															// own
		for (long official : List.of(org.successor, org.auditReviewer, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long forest = staged.confirming(org, "wuyishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.onHand("森林面积29.22万亩", "292200", "亩")));
		String successor = user(org.successor);
		chat.say(successor, "确认 1");
		assertThat(chat.say(successor, "异议 2 林地面积与林权证不符")).first().asString().contains("已对第2项提出异议");

		assertThat(chat.say(user(org.auditReviewer), "裁定 2 更正 经核对林权证，森林面积应为29.5万亩")).singleElement()
			.asString()
			.contains("第2项已按裁定由29.22万亩更正为29.5万亩");
		Item corrected = checklists.item(forest, 2);
		assertThat(corrected.quantity()).isEqualByComparingTo("295000");
		assertThat(corrected.quantityUnit()).isEqualTo("亩");
		assertThat(corrected.amount()).as("a quantity is never money").isNull();
		assertThat(chat.say(successor, "第2项")).singleElement()
			.asString()
			.contains("原陈述 29.22万亩 → 审计更正为 29.5万亩（经核对林权证，森林面积应为29.5万亩）");
		assertThat(outbox.forHandover(forest)
			.stream()
			.filter(m -> m.event() == OutboxEvent.DISPUTE_RULED && m.recipientId() == org.departing)
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList()).singleElement().asString().contains("由29.22万亩更正为29.5万亩");
		staged.signAll(org, "wuyishan", forest);
		assertThat(checklists.item(forest, 2).quantity()).isEqualByComparingTo("295000");
		assertThat(signoff.archiveIntact(forest)).isTrue();
	}

	/**
	 * Newcomer 2: a ruling said in passing is asked about first ("您是要裁定第2项“予以更正”吗？"); a
	 * yes rules exactly as proposed, a no rules nothing.
	 */
	@Test
	void aYesToAGuessedRulingRulesAsProposedAndANoDoesNothing() {
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.successor, org.auditReviewer, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long forest = staged.confirming(org, "wuyishan",
				List.of(Stated.work("统计大数据平台二期"), Stated.onHand("森林面积29.22万亩", "292200", "亩")));
		String successor = user(org.successor);
		String audit = user(org.auditReviewer);
		chat.say(successor, "确认 1");
		chat.say(successor, "异议 2 林地面积与林权证不符");
		String guess = "第2项我们去核实了，林权证上实际是29.5万亩，按29.5万亩更正";

		assertThat(chat.say(audit, guess)).singleElement().asString().contains("您是要裁定第2项");
		assertThat(chat.say(audit, "不是")).singleElement().asString().contains("没有办理");
		assertThat(checklists.item(forest, 2).quantity()).isEqualByComparingTo("292200");

		assertThat(chat.say(audit, guess)).singleElement().asString().contains("您是要裁定第2项");
		assertThat(chat.say(audit, "是的")).singleElement().asString().contains("第2项已按裁定由29.22万亩更正为29.5万亩");
		assertThat(checklists.item(forest, 2).quantity()).isEqualByComparingTo("295000");
	}

	/**
	 * Newcomer 2: the guessed ruling is asked with the same [确认][不是] card as every
	 * clarifying question, so a press answers it on every platform: 确认 rules exactly the
	 * words proposed (even after another message), 不是 rules nothing, and a card already
	 * answered does nothing twice.
	 */
	@Test
	void aGuessedRulingIsAskedWithButtonsAndAPressRulesAsProposed() {
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.successor, org.auditReviewer, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long tea = staged.confirming(org, "wuyishan", List.of(Stated.work("统计大数据平台二期"),
				Stated.onHand("地尾村集体茶园2.3万亩", "23000", "亩"), Stated.onHand("生态公益林3.82万亩", "38200", "亩")));
		String successor = user(org.successor);
		String audit = user(org.auditReviewer);
		chat.say(successor, "确认 1");
		chat.say(successor, "异议 2 实际在管的没有2.3万亩");
		chat.say(successor, "异议 3 与林权证不符");

		// 不是 on the card: nothing is ruled, the card shows that
		List<String> asked = chat.say(audit, "第3项我们去核实了，林权证上是3.82万亩，维持原陈述");
		assertThat(asked).singleElement().asString().contains("您是要裁定第3项");
		var declined = chat.lastCard(audit);
		assertThat(declined.buttons()).extracting(b -> b.label()).containsExactly("确认", "不是");
		assertThat(chat.press(audit, "不是")).singleElement().asString().contains("没有办理");
		assertThat(checklists.item(tea, 3).confirmation()).isEqualTo(dev.baton.bot.checklist.Confirmation.DISPUTED);

		// 确认 on the card: the exact words proposed are ruled, even after the person said
		// something else
		String guess = "第2项我们去核实了，地尾村茶园实际在管面积是1.96万亩，其余是抛荒地，按1.96万亩更正";
		assertThat(chat.say(audit, guess)).singleElement().asString().contains("您是要裁定第2项").contains("予以更正");
		var ruling = chat.lastCard(audit);
		assertThat(ruling.buttons()).extracting(b -> b.label()).containsExactly("确认", "不是");
		assertThat(ruling.fallbackText()).contains("回复“是”或“不是”");
		chat.say(audit, "帮助");
		assertThat(chat.press(audit, ruling, "确认")).singleElement()
			.asString()
			.contains("已对第2项作出裁定")
			.contains("：予以更正")
			.contains("由2.3万亩更正为1.96万亩");
		assertThat(chat.outcomeOf(ruling)).contains("已裁定第2项");
		assertThat(checklists.item(tea, 2).quantity()).isEqualByComparingTo("19600");
		assertThat(disputes(tea)).filteredOn(d -> d.ruling() != null)
			.singleElement()
			// the note is the reasoning: its last clause only repeated the figure it
			// states
			// (#12, newcomer 16, finding 11)
			.satisfies(d -> assertThat(d.rulingNote()).isEqualTo("我们去核实了，地尾村茶园实际在管面积是1.96万亩，其余是抛荒地"));

		// the same card pressed again rules nothing twice
		assertThat(chat.press(audit, ruling, "确认")).singleElement().asString().contains("已裁定");
		assertThat(disputes(tea)).filteredOn(d -> d.ruling() != null).hasSize(1);

		// a figure on a disputed item in words the grammar cannot read is a guessed
		// correction, asked the same way
		assertThat(chat.say(audit, "第3项应该按林权证的来，面积3.9万亩")).singleElement()
			.asString()
			.contains("您是要裁定第3项“")
			.contains("为“予以更正”吗")
			.contains("裁定 3 更正 数量应为3.9万亩；应该按林权证的来，面积3.9万亩"); // #12 newcomer 4: reads as a
																// ruling
		assertThat(checklists.item(tea, 3).quantity()).isEqualByComparingTo("38200");
		assertThat(chat.press(audit, "确认")).singleElement().asString().contains("由3.82万亩更正为3.9万亩");
		assertThat(checklists.item(tea, 3).quantity()).isEqualByComparingTo("39000");
	}

	private List<Dispute> disputes(long handoverId) {
		return disputeRecords.forHandover(handoverId);
	}

	/**
	 * Archives sealed before a dispute kept the original statement keep their digest: the
	 * empty fields are left out.
	 */
	@Test
	void aDisputeWithoutAnOriginalStatementReadsAsBeforeInTheRecord() {
		Dispute older = new Dispute(1, 2, "余额不符", 3, java.time.Instant.parse("2026-11-23T01:00:00Z"), "CORRECTED",
				"经核对", new BigDecimal("1234567.00"), 4L, java.time.Instant.parse("2026-11-24T01:00:00Z"), null, null,
				null, null, null, null);
		Dispute now = new Dispute(1, 2, "余额不符", 3, older.raisedAt(), "CORRECTED", "经核对", older.correctedAmount(), 4L,
				older.ruledAt(), new BigDecimal("1234567.89"), "CNY", null, null, null, null);

		assertThat(json.writeValueAsString(older)).doesNotContain("original");
		assertThat(json.writeValueAsString(now)).contains("\"originalAmount\":1234567.89")
			.contains("\"originalCurrency\":\"CNY\"");
	}

	private static String user(long official) {
		return "u" + official;
	}

	private List<String> disputeNotices(long official) {
		return outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == OutboxEvent.ITEM_DISPUTED && m.recipientId() == official)
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
	}

}
