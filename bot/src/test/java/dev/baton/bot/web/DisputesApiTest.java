package dev.baton.bot.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's dispute objects (#12, newcomer 11, finding 2): GET /api/handovers/{id} gave a
 * dispute's reason, ruling and a corrected amount only, so a corrected deadline or
 * quantity, and what the departing side had stated, could not be read from it. Each
 * dispute now carries the item, the field in dispute, the departing side's original
 * value, the successor's claim, the ruling and the corrected value (an amount in yuan as
 * an exact decimal string, a quantity with its unit, a date ISO), with the text the 交接书
 * writes.
 */
@DomainContext
class DisputesApiTest extends ApiTestSupport {

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	dev.baton.bot.policy.Policies policies;

	@Test
	void eachDisputeCarriesTheFieldTheOriginalTheClaimTheRulingAndTheCorrectedValue() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		Actor departing = org.actor(org.departing);
		checklist.addItem(departing, id, "economic", new ItemDraft("欠宁夏润丰农业科技有限公司滴灌设备款", null, ItemStatus.NOT_STARTED,
				new BigDecimal("1280000"), "CNY", "宁夏润丰农业科技有限公司", LocalDate.of(2027, 2, 5), null, true));
		checklist.addItem(departing, id, "key_work", new ItemDraft("纪检监察干部培训基地建设", null, ItemStatus.IN_PROGRESS,
				new BigDecimal("3800000"), "CNY", null, LocalDate.of(2027, 6, 30), null, true));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("集体林地").withQuantity(new BigDecimal("23000"), "亩"));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("局属农机站在编人员").withQuantity(new BigDecimal("14"), "人"));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("机关基本户银行存款余额").withAmount(new BigDecimal("865000")));
		checklist.addItem(departing, id, "other",
				new ItemDraft("单位印章和档案移交", null, ItemStatus.ON_HAND, null, null, null, null, null, false));
		submittedAndApproved(departing, id);
		Actor successor = org.actor(org.successor);
		Actor audit = org.actor(org.auditReviewer);
		confirmation.dispute(successor, id, 1, "第1项金额不对，合同上是118万");
		confirmation.dispute(successor, id, 2, "第2项期限不对，施工合同约定的是明年9月底完工");
		confirmation.dispute(successor, id, 3, "林地面积不对，实际在管1.96万亩");
		confirmation.dispute(successor, id, 4, "实际在编只有12人，有2人已借调");
		confirmation.dispute(successor, id, 5, "余额不对，账上是83.2万");
		confirmation.confirm(successor, id, 6);
		confirmation.rule(audit, id, 1, Ruling.CORRECTED, "核对了合同原件，按118万元更正",
				Correction.amount(new BigDecimal("1180000")));
		confirmation.rule(audit, id, 2, Ruling.CORRECTED, "经核对施工合同，完工期限应为2027年9月30日",
				new Correction(null, null, null, LocalDate.of(2027, 9, 30)));
		confirmation.rule(audit, id, 3, Ruling.CORRECTED, "实际在管面积1.96万亩",
				new Correction(null, new BigDecimal("19600"), "亩"));
		confirmation.rule(audit, id, 4, Ruling.UPHELD, "借调人员编制仍在农机站", Correction.NONE);

		Reply reply = api.get("/api/handovers/" + id).token(organizer).send();

		assertJson(reply, 200);
		JsonNode disputes = reply.json().path("disputes");
		assertThat(disputes.size()).isEqualTo(5);

		JsonNode amount = disputes.get(0);
		assertThat(amount.path("itemSeq").asInt()).isEqualTo(1);
		assertThat(amount.path("itemTitle").asString()).isEqualTo("欠宁夏润丰农业科技有限公司滴灌设备款");
		assertThat(amount.path("field").asString()).isEqualTo("AMOUNT");
		assertThat(amount.path("reason").asString()).isEqualTo("第1项金额不对，合同上是118万");
		assertThat(amount.path("ruling").asString()).isEqualTo("CORRECTED");
		assertThat(amount.path("rulingNote").asString()).isEqualTo("核对了合同原件，按118万元更正");
		assertValue(amount.path("original"), "1280000.00", "CNY", null, null, null, "1,280,000.00元");
		assertValue(amount.path("corrected"), "1180000.00", "CNY", null, null, null, "1,180,000.00元");
		assertThat(amount.path("original").path("amount").isString()).as("exact, never a JSON number").isTrue();
		assertThat(amount.path("correctedAmount").asString()).isEqualTo("1180000.00");
		assertThat(amount.path("ruledBy").asLong()).isEqualTo(org.auditReviewer);
		assertThat(amount.path("raisedBy").asLong()).isEqualTo(org.successor);

		JsonNode deadline = disputes.get(1);
		assertThat(deadline.path("field").asString()).isEqualTo("DEADLINE");
		assertValue(deadline.path("original"), null, null, null, null, "2027-06-30", "期限：2027年6月30日");
		assertValue(deadline.path("corrected"), null, null, null, null, "2027-09-30", "期限：2027年9月30日");
		assertThat(deadline.path("correctedAmount").isNull()).isTrue();

		JsonNode quantity = disputes.get(2);
		assertThat(quantity.path("field").asString()).isEqualTo("QUANTITY");
		assertValue(quantity.path("original"), null, null, "23000", "亩", null, "2.3万亩");
		assertValue(quantity.path("corrected"), null, null, "19600", "亩", null, "1.96万亩");

		JsonNode upheld = disputes.get(3);
		assertThat(upheld.path("field").asString()).as("the claim's figure: the item's only one").isEqualTo("QUANTITY");
		assertThat(upheld.path("ruling").asString()).isEqualTo("UPHELD");
		assertValue(upheld.path("original"), null, null, "14", "人", null, "14人");
		assertThat(upheld.path("corrected").isNull()).as("a ruling that upholds writes no value").isTrue();

		JsonNode waiting = disputes.get(4);
		assertThat(waiting.path("field").asString()).isEqualTo("AMOUNT");
		assertThat(waiting.path("ruling").isNull()).isTrue();
		assertValue(waiting.path("original"), "865000.00", "CNY", null, null, null, "865,000.00元");
		assertThat(waiting.path("corrected").isNull()).isTrue();

		// the items hold the ruled values; the disputes keep what was stated
		JsonNode economic = java.util.stream.StreamSupport.stream(reply.json().path("sections").spliterator(), false)
			.filter(s -> s.path("code").asString().equals("economic"))
			.findFirst()
			.orElseThrow()
			.path("items");
		assertThat(economic.get(0).path("amount").asString()).isEqualTo("1180000.00");
	}

	@Test
	void aClaimNamingOneOfTheItemsFiguresIsAboutThatFieldAndOneThatNamesNoneOfSeveralNamesNoField() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		Actor departing = org.actor(org.departing);
		checklist.addItem(departing, id, "key_work", new ItemDraft("城区污水管网改造", null, ItemStatus.IN_PROGRESS,
				new BigDecimal("1200000"), "CNY", null, LocalDate.of(2027, 3, 31), null, true));
		checklist.addItem(departing, id, "key_work", new ItemDraft("老旧小区改造", null, ItemStatus.IN_PROGRESS,
				new BigDecimal("3500000"), "CNY", null, LocalDate.of(2027, 6, 30), null, true));
		submittedAndApproved(departing, id);
		Actor successor = org.actor(org.successor);
		confirmation.dispute(successor, id, 1, "完工期限写早了，合同是2027年5月底");
		confirmation.dispute(successor, id, 2, "这一项情况与实际不符");

		JsonNode disputes = api.get("/api/handovers/" + id).token(organizer).send().json().path("disputes");

		assertThat(disputes.get(0).path("field").asString()).isEqualTo("DEADLINE");
		assertValue(disputes.get(0).path("original"), null, null, null, null, "2027-03-31", "期限：2027年3月31日");
		assertThat(disputes.get(1).path("field").isNull()).as("an amount and a deadline, and the claim names neither")
			.isTrue();
		assertThat(disputes.get(1).path("original").isNull()).isTrue();
		assertThat(disputes.get(1).path("reason").asString()).isEqualTo("这一项情况与实际不符");
	}

	/**
	 * Newcomer 20a, finding 15: the departing official changed a balance (865,000 →
	 * 868,000) and audit's ruling then corrected it (→ 832,000); the item's
	 * {@code corrected} merged both into one departing official's change from 865,000 to
	 * 832,000. Each change is listed, in order, with who made it.
	 */
	@Test
	void anItemsCorrectionsListTheDepartingOfficialsChangeAndThenTheRulingEachWithItsValues() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		Actor departing = org.actor(org.departing);
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("机关基本户银行存款余额").withAmount(new BigDecimal("865000")));
		checklist.editItem(departing, id, 1, ItemDraft.titled(null).withAmount(new BigDecimal("868000")));
		submittedAndApproved(departing, id);
		confirmation.dispute(org.actor(org.successor), id, 1, "余额不对，11月30日银行对账单是83.2万");
		confirmation.rule(org.actor(org.auditReviewer), id, 1, Ruling.CORRECTED, "以银行对账单为准",
				Correction.amount(new BigDecimal("832000")));

		JsonNode economic = java.util.stream.StreamSupport
			.stream(api.get("/api/handovers/" + id).token(organizer).send().json().path("sections").spliterator(),
					false)
			.filter(s -> s.path("code").asString().equals("economic"))
			.findFirst()
			.orElseThrow()
			.path("items");
		JsonNode corrected = economic.get(0).path("corrected");
		assertThat(corrected.size()).as(corrected.toString()).isEqualTo(2);
		assertChange(corrected.get(0), "AMOUNT", "DEPARTING", "865000.00 CNY", "868000.00 CNY");
		assertChange(corrected.get(1), "AMOUNT", "AUDIT", "868000.00 CNY", "832000.00 CNY");
		assertThat(economic.get(0).path("amount").asString()).isEqualTo("832000.00");
	}

	/** The other sections declared empty, the checklist submitted and approved by all. */
	private void submittedAndApproved(Actor departing, long id) {
		for (Section s : checklists.sections(id)) {
			if (checklists.items(id).stream().noneMatch(i -> i.sectionId() == s.id())) {
				checklist.declareSectionEmpty(departing, id, s.code());
			}
		}
		checklist.submit(departing, id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
	}

	private static void assertChange(JsonNode change, String field, String by, String was, String now) {
		assertThat(change.path("field").asString()).isEqualTo(field);
		assertThat(change.path("by").asString()).isEqualTo(by);
		assertThat(change.path("was").asString()).isEqualTo(was);
		assertThat(change.path("now").asString()).isEqualTo(now);
	}

	private static void assertValue(JsonNode value, String amount, String currency, String quantity, String unit,
			String date, String text) {
		assertThat(value.isObject()).as("a value: " + value).isTrue();
		assertThat(value.path("amount").isNull() ? null : value.path("amount").asString()).isEqualTo(amount);
		assertThat(value.path("currency").isNull() ? null : value.path("currency").asString()).isEqualTo(currency);
		assertThat(value.path("quantity").isNull() ? null : value.path("quantity").asString()).isEqualTo(quantity);
		assertThat(value.path("quantityUnit").isNull() ? null : value.path("quantityUnit").asString()).isEqualTo(unit);
		assertThat(value.path("date").isNull() ? null : value.path("date").asString()).isEqualTo(date);
		assertThat(value.path("text").asString()).isEqualTo(text);
	}

}
