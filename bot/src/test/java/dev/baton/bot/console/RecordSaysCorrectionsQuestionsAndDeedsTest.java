package dev.baton.bot.console;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.console.urge.Urges;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.documents.HandoverFiles;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.bot.review.ReviewService;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static dev.baton.bot.console.ConsoleHttp.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 21 on the console's record of one handover: a status the departing official
 * corrected is marked as a corrected amount is (finding 5), on the page and in the 交接书; a
 * ruling on a value the departing official had corrected names the value before the
 * ruling as such, not as what was first declared (finding 24); a reviewer's question
 * asked without a return reads as a question, with its answer or that none came yet, and
 * its audit rows say the words (finding 7); the audit rows say what was added, confirmed,
 * signed, planned, urged and which plan step was extended (finding 8); urges and
 * reminders are one list in time order (finding 9).
 */
@DomainContext
@Import(StagedHandovers.class)
class RecordSaysCorrectionsQuestionsAndDeedsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	ChecklistService checklist;

	@Autowired
	ItemCorrections corrections;

	@Autowired
	ReviewService review;

	@Autowired
	ReviewQuestions questions;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Policies policies;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverFiles files;

	@Autowired
	Urges urges;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void organization() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void aCorrectedStatusIsMarkedAndARulingSaysTheValueBeforeItAsSuch() throws Exception {
		long id = archiver.drafted(org,
				List.of(Map.entry("economic", ItemDraft.titled("统计平台二期").withAmount(new BigDecimal("1200000"))),
						Map.entry("economic",
								ItemDraft.titled("欠上梅建材厂货款")
									.withAmount(new BigDecimal("120000"))
									.withStatus(ItemStatus.ON_HAND, false))));
		Actor departing = org.actor(org.departing);
		checklist.editItem(departing, id, 1, ItemDraft.titled(null).withAmount(new BigDecimal("1020000")));
		checklist.editItem(departing, id, 2, ItemDraft.titled(null).withStatus(ItemStatus.NOT_STARTED, true));
		checklist.submit(departing, id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		confirmation.dispute(org.actor(org.successor), id, 1, "合同是98万");
		confirmation.rule(org.actor(org.reviewer(policies.byCode("default").disputeRuler())), id, 1, Ruling.CORRECTED,
				"合同金额是98万", Correction.amount(new BigDecimal("980000")));

		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String record = http.page("/console/handovers/" + id);
		String items = section(record, "checklist");
		assertThat(items).contains("离任干部更正状态：原填报现状 → 更正为未启动")
			.contains("离任干部更正金额：原填报1,200,000.00元 → 更正为1,020,000.00元")
			.contains("审计部门裁定更正金额：裁定前1,020,000.00元（原填报1,200,000.00元，离任干部更正为1,020,000.00元）→ 裁定为980,000.00元")
			.doesNotContain("原填报1,020,000.00元");
		assertThat(section(record, "disputes"))
			.contains("更正金额：裁定前1,020,000.00元（原填报1,200,000.00元，离任干部更正为1,020,000.00元）→ 更正为980,000.00元")
			// newcomer 22, finding 15: 「裁定：予以更正（孙磊）我们核实了…」 had no separator
			.containsPattern("裁定：予以更正（[^）]+）；裁定说明：合同金额是98万")
			.doesNotContain("原填报1,020,000.00元");
		String english = section(http.page("/console/handovers/" + id + "?lang=en"), "checklist");
		assertThat(english).contains("Status corrected by the departing official: first on hand → now not started")
			.contains("before the ruling 1,020,000.00 yuan (first stated 1,200,000.00 yuan");

		confirmation.confirmAllPending(org.actor(org.successor), id);
		staged.signAll(org, "default", id);
		String word = wordText(id);
		assertThat(word).contains("更正：状态原记现状，已更正为未启动（离任干部更正）")
			.contains("更正：金额裁定前为1,020,000.00元（原申报1,200,000.00元，离任干部更正为1,020,000.00元），已更正为980,000.00元")
			.contains("1,200,000.00元，离任干部更正为1,020,000.00元")
			.doesNotContain("金额原记1,020,000.00元");
	}

	@Test
	void aQuestionReadsAsOneWithItsAnswerAndEveryAuditRowSaysTheWords() throws Exception {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期"), Stated.unfinishedMoney("欠上梅建材厂货款", "120000")));
		Actor departing = org.actor(org.departing);
		corrections.supplement(departing, id, 1, "结算书原件存局档案室");
		checklist.submit(departing, id);
		Actor discipline = org.actor(org.reviewer(Department.DISCIPLINE));
		questions.ask(discipline, id, Department.DISCIPLINE, Map.of(2, "第2项的货款合同是哪年签的？"));
		review.approve(discipline, id, Department.DISCIPLINE, "同意", Map.of());
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);

		String asked = section(http.page("/console/handovers/" + id), "reviews");
		// newcomer 22, finding 15: no ； after the question's ？
		assertThat(asked).contains("对第2项的提问（只提问，不退回）：第2项的货款合同是哪年签的？尚未答复")
			.doesNotContain("？；")
			.doesNotContain("对第2项的意见");
		// newcomer 22, finding 9: the item shows the question asked about it
		assertThat(item(http.page("/console/handovers/" + id), 2))
			.containsPattern("第1轮纪检监察（[^）]+）提问（只提问，不退回）：第2项的货款合同是哪年签的？尚未答复");

		questions.answer(departing, id, 2, "合同是2025年签的，原件在局财务室");
		String record = http.page("/console/handovers/" + id);
		assertThat(section(record, "reviews"))
			.containsPattern("对第2项的提问（只提问，不退回）：第2项的货款合同是哪年签的？答复：合同是2025年签的，原件在局财务室（陈离任，[^）]+）")
			.doesNotContain("尚未答复");
		// the answer is said under its question on the item, not again as 补充 alone
		String answeredItem = item(record, 2);
		assertThat(answeredItem)
			.containsPattern("第1轮纪检监察（[^）]+）提问（只提问，不退回）：第2项的货款合同是哪年签的？答复：合同是2025年签的，原件在局财务室（陈离任，[^）]+）")
			.doesNotContain("补充：合同是2025年签的");
		assertThat(item(record, 1)).contains("补充：结算书原件存局档案室").doesNotContain("提问");
		String audit = section(record, "audit");
		assertThat(audit).contains("提问（不退回）")
			.contains("关于第2项：提问：“第2项的货款合同是哪年签的？”")
			.contains("答复提问")
			.contains("关于第2项：答复：“合同是2025年签的，原件在局财务室”")
			.contains("关于第1项：“结算书原件存局档案室”")
			.doesNotContain("其他记录");
		assertThat(section(http.page("/console/handovers/" + id + "?lang=en"), "reviews"))
			.contains("Question on item 2 (asked without a return): 第2项的货款合同是哪年签的？ answer: 合同是2025年签的，原件在局财务室");

		for (Department d : policies.byCode("default").reviewers()) {
			if (d != Department.DISCIPLINE) {
				review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
			}
		}
		Actor successor = org.actor(org.successor);
		confirmation.confirmAllPending(successor, id);
		staged.signAll(org, "default", id);
		assertThat(wordText(id)).contains("第2项（只提问，不退回）：第2项的货款合同是哪年签的？答复：合同是2025年签的，原件在局财务室");
		followUp.submitPlan(successor, id, 2, List.of(new PlanStep("付清货款", LocalDate.of(2027, 2, 5))));
		long step = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'FOLLOW_UP_STEP'"
				+ " AND subject = '2.1' AND done_at IS NULL", Long.class, id);
		urges.urge(org.actor(org.organizer), id, step, "请按期付款");
		String path = "/console/handovers/" + id;
		assertThat(http
			.post(path + "/extend",
					form("stepId", String.valueOf(step), "days", "5", "unit", "CALENDAR_DAYS", "reason", "等财政拨款",
							"_csrf", csrf(http.get(path))))
			.statusCode()).isEqualTo(302);

		String done = section(http.page(path), "audit");
		assertThat(done).contains("第1、2项")
			.contains("以离任干部身份签字")
			.contains("步骤2.1：付清货款（2027-02-05前）")
			.contains("环节：推进计划步骤2.1")
			.contains("推进计划步骤2.1期限：2027-02-05 → 2027-02-10");
		assertThat(section(http.page(path + "?lang=en"), "audit")).contains("items 1, 2")
			.contains("signed as departing official")
			.contains("plan step 2.1 due: 2027-02-05 → 2027-02-10");
	}

	/**
	 * Newcomer 25, finding 11: 财政 asked without a return and 组织 returned the round before
	 * 财政 decided; the page's 联合审核 and the 交接书 list 财政 in round 1 with its question and
	 * answer, not only the verdicts.
	 */
	@Test
	void aDepartmentThatOnlyAskedInARoundIsInTheReviewsAndTheDocument() throws Exception {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期"), Stated.unfinishedMoney("欠上梅建材厂货款", "120000")));
		Actor departing = org.actor(org.departing);
		checklist.submit(departing, id);
		questions.ask(org.actor(org.reviewer(Department.FINANCE)), id, Department.FINANCE, Map.of(2, "货款合同是哪年签的？"));
		questions.answer(departing, id, 2, "合同是2025年签的");
		review.returnChecklist(org.actor(org.reviewer(Department.ORGANIZATION)), id, Department.ORGANIZATION, "",
				Map.of(1, "请写明期限"));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		assertThat(section(http.page("/console/handovers/" + id), "reviews"))
			.containsPattern("第1轮 财政部门 [^：]+：只提问，未作审核结论")
			.containsPattern("对第2项的提问（只提问，不退回）：货款合同是哪年签的？答复：合同是2025年签的（陈离任，[^）]+）");
		assertThat(section(http.page("/console/handovers/" + id + "?lang=en"), "reviews"))
			.contains("asked questions only, no verdict");

		checklist.submit(departing, id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		confirmation.confirmAllPending(org.actor(org.successor), id);
		staged.signAll(org, "default", id);
		assertThat(wordText(id)).contains("只提问，未作审核结论").contains("第2项（只提问，不退回）：货款合同是哪年签的？答复：合同是2025年签的");
	}

	@Test
	void urgesAndRemindersAreOneListInTimeOrder() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		long step = jdbc.queryForObject(
				"SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST' AND done_at IS NULL",
				Long.class, id);
		urges.urge(org.actor(org.organizer), id, step, "请本周内填完");
		// the checklist was due 12-07: the sweep after it escalates, after the urge
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String history = section(http.page("/console/handovers/" + id), "supervision");
		int urged = history.indexOf("class=\"urge-row\"");
		int escalated = history.indexOf("class=\"stage-row\"");
		assertThat(urged).isNotNegative();
		assertThat(escalated).isNotNegative();
		assertThat(urged).as("the urge of 11-23 comes before the escalation of 12-08").isLessThan(escalated);
	}

	/** The list item of item {@code seq} in the record page's checklist. */
	private static String item(String page, int seq) {
		String items = section(page, "checklist");
		int start = items.indexOf("id=\"item-" + seq + "\"");
		assertThat(start).as("item " + seq).isNotNegative();
		int next = items.indexOf("id=\"item-" + (seq + 1) + "\"", start);
		return next < 0 ? items.substring(start) : items.substring(start, next);
	}

	private String wordText(long id) throws Exception {
		byte[] docx = files.file(records.find(id), DocumentFormat.DOCX).bytes();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
			return words.getText();
		}
	}

}
