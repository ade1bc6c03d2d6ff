package dev.baton.bot.console;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.documents.HandoverDocuments;
import dev.baton.bot.documents.HandoverDocx;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.OutboxEvent;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 12 opening handovers from the console (#17, items 1 and 2), over HTTP as the
 * browser posts the form: a clash with a running handover is refused in the console's
 * words, with links to that handover's record and its 取消 (no "回复“进度 1”" on a web page); a
 * confirmation page whose reviewers include a party warns as chat's card does and says
 * who else reviews, or that nobody does, before 确认发起. Newcomer 20: 其他 takes the reason in
 * the organizer's own words, said wherever the reason is.
 */
@DomainContext
class OpeningSaysItInTheConsolesWordsTest {

	static final String WORDS = "借调到省委巡视组";

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	HandoverService handovers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverDocx docx;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void signInAsOrganizer() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = ConsoleHttp.signedIn(port, accounts, org.organizer);
	}

	@Test
	void aClashIsRefusedWithLinksToTheRunningHandoverNotChatCommands() {
		long running = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		long before = count();
		String token = csrf(http.get("/console/handovers/new"));
		HttpResponse<String> refused = http.post("/console/handovers/new",
				form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token));
		assertThat(refused.statusCode()).isEqualTo(400);
		String alert = alert(refused.body());
		assertThat(alert).contains("已有一项进行中的交接（交接" + running + "）")
			.doesNotContain("回复")
			.contains("href=\"/console/handovers/" + running + "\"")
			.contains("查看交接" + running + "的记录")
			.contains("href=\"/console/handovers/" + running + "?cancel=true#actions\"")
			.contains("取消交接" + running);
		// what was chosen stays chosen
		assertThat(refused.body()).containsPattern("value=\"" + org.departing + "\"\\s+selected");

		// 确认发起 posted anyway (a second tab) is refused the same way, nothing opened
		HttpResponse<String> again = http.post("/console/handovers",
				form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
						"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(alert(again.body())).doesNotContain("回复").contains("这项交接没有发起");
		assertThat(count()).isEqualTo(before);

		// the cancel link opens the record's 取消交接 form
		String record = http.get("/console/handovers/" + running + "?cancel=true").body();
		assertThat(record).containsPattern("<details id=\"cancel-action\"[^>]*open");

		String english = alert(http
			.post("/console/handovers/new?lang=en",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf", token))
			.body());
		assertThat(english).contains("handover " + running + " on its record")
			.doesNotContainIgnoringCase("reply")
			.contains("Open the record of handover " + running);
	}

	@Test
	void partiesWhoReviewAreWarnedOfWithWhoElseReviewsBeforeConfirming() {
		// as newcomer 12 met it: the departing official and the successor are the
		// city's finance and audit reviewers; finance has another reviewer, audit none
		long otherFinance = directory.addOfficial("冯财政", "市财政局副局长", org.city.id()).id();
		directory.assignRole(otherFinance, Role.REVIEWER, Department.FINANCE, org.city.id());
		HttpResponse<String> page = http.post("/console/handovers/new",
				form("unitId", Long.toString(org.city.id()), "departingId", Long.toString(org.financeReviewer),
						"successorId", Long.toString(org.auditReviewer), "reason", "TRANSFER", "_csrf",
						csrf(http.get("/console/handovers/new"))));
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		String warning = body.substring(body.indexOf("id=\"conflicts\""), body.indexOf("id=\"open-confirm\""));
		assertThat(warning).contains("审核人员中有交接当事人")
			.contains("钱财政是这项交接的离任人，又是财政部门的审核人")
			.contains("财政部门的审核由冯财政办理")
			.contains("孙审计是这项交接的接任人，又是审计部门的审核人")
			.contains("审计部门没有其他审核人")
			.doesNotContain("回复")
			.contains("href=\"/console/directory/units/" + org.city.id() + "\"");
		// before the 确认发起 button, and nothing opened yet
		assertThat(body.indexOf("id=\"conflicts\"")).isLessThan(body.indexOf("id=\"open-confirm\""));
		assertThat(count()).isZero();

		// no party among the reviewers: no warning
		String plain = http
			.post("/console/handovers/new",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf",
							csrf(http.get("/console/handovers/new"))))
			.body();
		assertThat(plain).contains("请确认发起交接").doesNotContain("id=\"conflicts\"");
	}

	/**
	 * Newcomer 20: 其他 as the reason for leaving said nothing more than 其他. It now takes
	 * the reason in the organizer's own words: refused without them (or with too many),
	 * what was typed kept.
	 */
	@Test
	void otherWithoutItsWordsIsRefusedAndWhatWasTypedStays() {
		String form = http.get("/console/handovers/new").body();
		// the field is on the form, labelled, with its hint, without any script
		assertThat(form).contains("<label for=\"open-reason-note\">具体原因</label>")
			.containsPattern("<input type=\"text\" id=\"open-reason-note\" name=\"reasonNote\"[^>]*maxlength=\"100\"")
			.contains("aria-describedby=\"open-reason-note-hint\"")
			.contains("选“其他”时填写");
		String token = csrf(http.get("/console/handovers/new"));

		HttpResponse<String> blank = http.post("/console/handovers/new", open("OTHER", "  ", token));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(alert(blank.body())).contains("离任原因选“其他”时，请写明具体原因");

		String tooMany = "借".repeat(HandoverReason.NOTE_MAX + 1);
		HttpResponse<String> tooLong = http.post("/console/handovers/new", open("OTHER", tooMany, token));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(alert(tooLong.body())).contains("具体原因不能超过100个字（现有101个字）");
		assertThat(tooLong.body()).contains("value=\"" + tooMany + "\"").containsPattern("value=\"OTHER\"\\s+selected");

		// 确认发起 posted without the words (a hand-made form) opens nothing either
		HttpResponse<String> opened = http.post("/console/handovers", open("OTHER", "", token));
		assertThat(opened.statusCode()).isEqualTo(400);
		assertThat(alert(opened.body())).contains("请写明具体原因").contains("这项交接没有发起");
		assertThat(count()).isZero();

		String english = alert(http.post("/console/handovers/new?lang=en", open("OTHER", "", token)).body());
		assertThat(english).contains("With &quot;Other&quot; (其他) as the reason for leaving, say what the reason is")
			.contains("at most 100 characters");
	}

	/**
	 * With them the confirmation, the record page, its audit row and the 离任交接通知书 (Chinese
	 * and English) all say 其他（借调到省委巡视组）.
	 */
	@Test
	void otherWithItsWordsIsSaidSoOnTheConfirmationTheRecordItsAuditAndTheNotice() throws Exception {
		String token = csrf(http.get("/console/handovers/new"));
		HttpResponse<String> confirmation = http.post("/console/handovers/new", open("OTHER", "  " + WORDS, token));
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("<dd>其他（" + WORDS + "）</dd>")
			.contains("name=\"reasonNote\" value=\"  " + WORDS + "\"");
		assertThat(count()).isZero();

		HttpResponse<String> opened = http.post("/console/handovers", open("OTHER", "  " + WORDS, token));
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("SELECT reason_note FROM handover WHERE id = ?", String.class, id))
			.isEqualTo(WORDS);

		String record = http.get("/console/handovers/" + id).body();
		assertThat(record).contains("<span id=\"reason\">其他（" + WORDS + "）</span>");
		assertThat(jdbc.queryForObject(
				"SELECT detail FROM audit_log WHERE handover_id = ? AND action = 'HANDOVER_OPENED'", String.class, id))
			.contains("\"reasonNote\":\"" + WORDS + "\"");
		// the opening's audit row on the record says it too
		String history = record.substring(record.indexOf("<table id=\"history\">"));
		assertThat(history).contains("其他（" + WORDS + "）");
		assertThat(http.get("/console/handovers/" + id + "?lang=en").body())
			.contains("<span id=\"reason\">Other (" + WORDS + ")</span>");

		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED' AND recipient_id = ?",
				String.class, id, org.successor);
		assertThat(notice(payload, Locale.SIMPLIFIED_CHINESE)).contains(
				"同志的离任交接已启动，接任者为" + directory.official(org.successor).name() + "同志，离任原因：其他（" + WORDS + "）。交接清单须于");
		assertThat(notice(payload, Locale.ENGLISH))
			.contains("(reason for leaving: other, " + WORDS + "). The checklist");
	}

	/**
	 * Words left in the field with another reason are not kept; the notice says that
	 * reason.
	 */
	@Test
	void anotherReasonIsSaidInTheNoticeAndWordsLeftInTheFieldAreNotKept() {
		String token = csrf(http.get("/console/handovers/new"));
		HttpResponse<String> confirmation = http.post("/console/handovers/new", open("TRANSFER", WORDS, token));
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("<dd>工作调动</dd>").doesNotContain(WORDS);
		HttpResponse<String> opened = http.post("/console/handovers", open("TRANSFER", WORDS, token));
		assertThat(opened.statusCode()).isEqualTo(302);
		long id = jdbc.queryForObject("SELECT MAX(id) FROM handover WHERE unit_id = ?", Long.class,
				org.department.id());
		assertThat(jdbc.queryForObject("SELECT reason_note FROM handover WHERE id = ?", String.class, id)).isNull();
		assertThat(http.get("/console/handovers/" + id).body()).contains("<span id=\"reason\">工作调动</span>");
		String payload = jdbc.queryForObject(
				"SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED' AND recipient_id = ?",
				String.class, id, org.successor);
		assertThat(notice(payload, Locale.SIMPLIFIED_CHINESE)).contains("同志，离任原因：工作调动。交接清单须于");
		assertThat(notice(payload, Locale.ENGLISH)).contains(" (reason for leaving: transfer). The checklist");
	}

	/** The 交接书's cover says 交接原因 其他 with its words. */
	@Test
	void theHandoverDocumentsCoverSaysOtherWithItsWords() throws Exception {
		long id = archiver.archived(org, "default", HandoverReason.OTHER, WORDS);
		var document = documents.of(records.find(id));
		assertThat(document.reason()).isEqualTo("其他（" + WORDS + "）");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.render(document)))) {
			assertThat(new XWPFWordExtractor(word).getText()).contains("交接原因").contains("其他（" + WORDS + "）");
		}
	}

	private String notice(String payload, Locale locale) {
		return new NotificationRenderer(messages, locale).render(OutboxEvent.NOTICE_ISSUED,
				JsonMapper.builder().build().readTree(payload));
	}

	private java.util.Map<String, String> open(String reason, String words, String token) {
		return form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
				"successorId", Long.toString(org.successor), "reason", reason, "reasonNote", words, "_csrf", token);
	}

	private long count() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM handover h JOIN org_unit u ON u.id = h.unit_id WHERE u.id IN (?, ?)", Long.class,
				org.city.id(), org.department.id());
	}

	private static String alert(String page) {
		int start = page.indexOf("id=\"refusal\"");
		assertThat(start).as("a refusal on the page").isNotNegative();
		return page.substring(start, page.indexOf("</div>", start));
	}

}
