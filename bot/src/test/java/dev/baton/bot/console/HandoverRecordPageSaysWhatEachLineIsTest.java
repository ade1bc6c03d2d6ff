package dev.baton.bot.console;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.web.ApiTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12/#17, newcomer 14, finding 16, on the console's record of one handover: a corrected
 * quantity has its line as a corrected amount has, each with the value the departing side
 * stated beside it (原填报42人 → 更正为40人), the same values as the API and the 交接书 (PDF and
 * Word); the 延期 block names each open plan step by its number and item, two steps due the
 * same day included; the audit rows say a return's comments on items, a plan step's old
 * and new due day, and which step a progress report is about; an item's details are
 * labelled 说明.
 */
@DomainContext
@Import(StagedHandovers.class)
class HandoverRecordPageSaysWhatEachLineIsTest {

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
	ReviewService review;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Policies policies;

	@Autowired
	HandoverRecords records;

	@Autowired
	ApiTokens tokens;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	String token;

	@BeforeEach
	void signIn() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = ConsoleHttp.signedIn(port, accounts, org.organizer);
	}

	@Test
	void aCorrectedAmountAndQuantityEachShowWhatWasStatedAsTheApiAndTheDocumentsDo() throws Exception {
		long id = archiver.drafted(org,
				List.of(Map.entry("economic", ItemDraft.titled("机关基本户银行存款余额").withAmount(new BigDecimal("865000"))),
						Map.entry("economic", ItemDraft.titled("在编人员").withQuantity(new BigDecimal("42"), "人"))));
		checklist.submit(org.actor(org.departing), id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		Actor successor = org.actor(org.successor);
		confirmation.dispute(successor, id, 1, "余额不对，账上是83.2万");
		confirmation.dispute(successor, id, 2, "在编只有40人");
		Actor ruler = org.actor(org.reviewer(policies.byCode("default").disputeRuler()));
		confirmation.rule(ruler, id, 1, Ruling.CORRECTED, "按银行对账单更正", Correction.amount(new BigDecimal("832000")));
		confirmation.rule(ruler, id, 2, Ruling.CORRECTED, "2人已调出", new Correction(null, new BigDecimal("40"), "人"));

		String disputes = section(page("/console/handovers/" + id), "disputes");
		assertThat(disputes).contains("更正金额：原填报865,000.00元 → 更正为832,000.00元").contains("更正数量：原填报42人 → 更正为40人");
		String english = section(page("/console/handovers/" + id + "?lang=en"), "disputes");
		assertThat(english).contains("Amount corrected: stated 865,000.00 yuan → corrected to 832,000.00 yuan")
			.contains("Quantity corrected: stated 42")
			.doesNotContain("原填报")
			.doesNotContain("更正数量");

		staged.signAll(org, "default", id);
		assertThat(records.find(id).archivedAt()).isNotNull();
		// the API's values are the page's, and the 交接书 writes them
		JsonNode api = api(id).path("disputes");
		assertThat(api.size()).isEqualTo(2);
		String page = section(page("/console/handovers/" + id), "disputes");
		String pdf = pdfText(id);
		String word = wordText(id);
		for (JsonNode d : api) {
			String stated = d.path("original").path("text").asString();
			String corrected = d.path("corrected").path("text").asString();
			assertThat(stated).isNotBlank();
			assertThat(corrected).isNotBlank();
			assertThat(page).contains("原填报" + stated + " → 更正为" + corrected);
			assertThat(pdf).contains(stated.replaceAll("\\s", "")).contains(corrected.replaceAll("\\s", ""));
			assertThat(word).contains(stated).contains(corrected);
		}
		assertThat(api.get(1).path("field").asString()).isEqualTo("QUANTITY");
		assertThat(api.get(1).path("corrected").path("text").asString()).isEqualTo("40人");
	}

	@Test
	void theExtendBlockNamesEveryOpenPlanStepAndTheAuditRowsSayWhatChanged() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计信息化平台二期建设"), Stated.work("市委巡察反馈问题整改")));
		Actor successor = org.actor(org.successor);
		LocalDate jan = LocalDate.of(2027, 1, 15);
		LocalDate mar = LocalDate.of(2027, 3, 31);
		followUp.submitPlan(successor, id, 1,
				List.of(new PlanStep("完成系统联调测试", jan), new PlanStep("完成终验", mar), new PlanStep("付清尾款", mar)));
		followUp.submitPlan(successor, id, 2, List.of(new PlanStep("制定整改方案", jan), new PlanStep("整改销号", mar)));

		String actions = section(page("/console/handovers/" + id), "actions");
		// five open steps, five lines: 1.1 and 2.1 share a day, and 1.2, 1.3 and 2.2
		assertThat(actions).contains("推进计划步骤1.1（第1项 统计信息化平台二期建设）：现于2027-01-15到期")
			.contains("推进计划步骤1.2（第1项 统计信息化平台二期建设）：现于2027-03-31到期")
			.contains("推进计划步骤1.3（第1项 统计信息化平台二期建设）：现于2027-03-31到期")
			.contains("推进计划步骤2.1（第2项 市委巡察反馈问题整改）：现于2027-01-15到期")
			.contains("推进计划步骤2.2（第2项 市委巡察反馈问题整改）：现于2027-03-31到期");

		List<FollowUpStep> steps = followUp.steps(id);
		FollowUpStep first = steps.stream().filter(s -> s.label().equals("1.1")).findFirst().orElseThrow();
		FollowUpStep last = steps.stream().filter(s -> s.label().equals("2.2")).findFirst().orElseThrow();
		followUp.reportProgress(successor, id, first.id(), "联调测试完成了九成", null, false);
		followUp.changeStep(successor, id, last.id(), LocalDate.of(2027, 4, 30), "整改全部销号");
		String audit = section(page("/console/handovers/" + id), "audit");
		assertThat(audit).contains("关于推进计划步骤1.1：联调测试完成了九成")
			.contains("关于推进计划步骤2.2：期限由2027-03-31改为2027-04-30；内容由“整改销号”改为“整改全部销号”")
			.doesNotContainPattern("报告进展</td>\\s*<td class=\"detail\">关于第");
		String english = section(page("/console/handovers/" + id + "?lang=en"), "audit");
		assertThat(english).contains("On plan step 2.2: due date 2027-03-31 → 2027-04-30");
	}

	@Test
	void aReturnsRowSaysItsCommentsOnItemsAndAnItemsDetailsAreLabelled() {
		long id = archiver.drafted(org, List.of(Map.entry("economic", new ItemDraft("欠某公司设备款", "还没付",
				ItemStatus.NOT_STARTED, new BigDecimal("380000"), "CNY", null, LocalDate.of(2027, 2, 5), null, true))));
		checklist.submit(org.actor(org.departing), id);
		review.returnChecklist(org.actor(org.reviewer(Department.FINANCE)), id, Department.FINANCE, null,
				Map.of(1, "请补充合同编号和付款计划"));

		String record = page("/console/handovers/" + id);
		assertThat(section(record, "audit")).contains("第1项意见：请补充合同编号和付款计划");
		assertThat(section(record, "checklist")).contains("<p class=\"item-details\">说明：还没付</p>");
		assertThat(section(page("/console/handovers/" + id + "?lang=en"), "checklist"))
			.contains("<p class=\"item-details\">Details: 还没付</p>");
	}

	/**
	 * Newcomer 21, finding 4: chat showed "对方：上梅建材厂" but the record page showed no 对方 for
	 * the item. The page says the counterparty, in either language.
	 */
	@Test
	void anItemsCounterpartyIsOnTheRecordPage() {
		long id = archiver.drafted(org, List.of(Map.entry("economic", new ItemDraft("欠上梅建材厂货款", null,
				ItemStatus.NOT_STARTED, new BigDecimal("120000"), null, "上梅建材厂", null, null, null))));
		assertThat(section(page("/console/handovers/" + id), "checklist")).contains("对方：上梅建材厂");
		assertThat(section(page("/console/handovers/" + id + "?lang=en"), "checklist")).contains("counterparty: 上梅建材厂");
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private static String section(String page, String id) {
		int start = page.indexOf("<section class=\"card\" id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private JsonNode api(long id) throws Exception {
		return new ObjectMapper().readTree(new String(apiGet("/api/handovers/" + id), StandardCharsets.UTF_8));
	}

	/** The 交接书 as the API gives it. */
	private byte[] document(long id, String format) throws Exception {
		return apiGet("/api/handovers/" + id + "/documents/" + format);
	}

	private byte[] apiGet(String path) throws Exception {
		if (token == null) {
			token = tokens.issue(org.organizer, "record13");
		}
		HttpResponse<byte[]> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(reply.statusCode()).as(path).isEqualTo(200);
		return reply.body();
	}

	/**
	 * The PDF's text without white space, which its table cells break where they wrap.
	 */
	private String pdfText(long id) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(document(id, "pdf"))) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
		}
	}

	private String wordText(long id) throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document(id, "docx")));
				XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
			return words.getText();
		}
	}

}
