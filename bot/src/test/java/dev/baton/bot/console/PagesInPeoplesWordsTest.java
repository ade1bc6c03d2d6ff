package dev.baton.bot.console;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's home and record pages say things in people's words (the tenth newcomer
 * pass, #17): the unit a role covers by name, amounts with separators, statuses as chat
 * says them, audit rows without codes or English, a section named, a refused 延期 form kept
 * as typed, one deadline line per day, signatures with their capacity, plan steps with
 * their number and text, no urge of one's own step, a successor chosen rather than
 * preselected, an empty section said to be empty. Read over plain HTTP, as the browser
 * gets them.
 */
@DomainContext
@Import(StagedHandovers.class)
class PagesInPeoplesWordsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ConfirmationService confirmation;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void freshOrg() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, org.organizer, username, ConsoleTestSupport.PASSWORD);
		String token = csrf(http.get("/console/signin"));
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf", token))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void theHomePageNamesTheUnitARoleCoversAndSaysWhereToGoNext() {
		String home = page("/console");
		assertThat(home).contains("组织部门 · " + org.city.name() + "及其下级单位")
			.doesNotContain(" · /")
			.contains("href=\"/console/dashboard\"")
			.contains("href=\"/console/dashboard?grade=RED\"")
			.contains("发起交接");
	}

	@Test
	void theRecordSaysAmountsStatusesAndAuditRowsInPeoplesWords() {
		long id = staged.drafted(org, List.of(Stated.balance("局机关基本账户余额", "832000"),
				new Stated("执法车辆", ItemStatus.ON_HAND, null, false, new BigDecimal("3"), "辆")));
		String record = page("/console/handovers/" + id);
		assertThat(record).contains("金额 832,000.00元")
			.doesNotContain("832000.00")
			.contains("（现状）")
			.doesNotContain("现有情况");
		String audit = section(record, "audit");
		assertThat(audit).contains("调动")
			.doesNotContain("TRANSFER")
			.contains("已签收通知书")
			.doesNotContain("acknowledged the notice");
		// each "none in this section" row names its section
		assertThat(audit).containsPattern("第\\d+部分 \\S+");
		// nothing urged or escalated yet: said, not blank
		assertThat(section(record, "supervision")).contains("尚无");
		// the successor is chosen, not preselected
		assertThat(record).containsPattern(
				"<select id=\"successor-id\" name=\"successorId\" required>\\s*<option value=\"\" selected(=\"selected\")?>请选择</option>");
		// the day to extend to is typed as the label says, not as the browser's own date
		// format
		assertThat(record).contains("id=\"extend-until\" name=\"until\" type=\"text\"").contains("年-月-日");

		String english = page("/console/handovers/" + id + "?lang=en");
		assertThat(english).contains("amount 832,000.00 yuan").contains("(on hand)").doesNotContain("（on hand）");
		assertThat(section(english, "audit")).contains("Transfer").doesNotContain("TRANSFER");
	}

	@Test
	void aRefusedExtensionKeepsWhatWasTypedAndTheReviewsDeadlineIsSaidOnce() {
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		String record = page("/console/handovers/" + id);
		assertThat(count(section(record, "actions"), "联合审核：现于")).isEqualTo(1);
		HttpResponse<String> refused = http.post("/console/handovers/" + id + "/extend", form("days", "30", "unit",
				"CALENDAR_DAYS", "until", "", "reason", "离任干部住院", "_csrf", csrf(http.get("/console/handovers/" + id))));
		assertThat(refused.statusCode()).isEqualTo(302);
		String after = page("/console/handovers/" + id);
		assertThat(after).contains("id=\"refusal\"");
		assertThat(after)
			.contains("id=\"extend-days\" name=\"days\" type=\"number\" min=\"1\" max=\"366\" value=\"30\"")
			.contains("value=\"CALENDAR_DAYS\" selected")
			.contains("value=\"离任干部住院\"");
		// the next time the page opens, the form is empty again
		assertThat(page("/console/handovers/" + id)).doesNotContain("value=\"离任干部住院\"");
	}

	@Test
	void signingStepsSayTheCapacityAndOnesOwnStepIsNotUrged() {
		long id = staged.confirming(org, "default", List.of(Stated.work("统计平台二期")));
		confirmation.confirmAllPending(org.actor(org.successor), id);
		String steps = section(page("/console/handovers/" + id), "steps");
		assertThat(steps).contains("签字（离任干部）").contains("签字（接任干部）").contains("签字（组织部门）");
		long own = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'SIGNING' "
				+ "AND subject = 'ORGANIZER' AND done_at IS NULL", Long.class, id);
		long departing = jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'SIGNING' "
				+ "AND subject = 'DEPARTING' AND done_at IS NULL", Long.class, id);
		assertThat(steps).doesNotContain("id=\"urge-" + own + "\"")
			.contains("id=\"urge-" + departing + "\"")
			.contains("这是您本人要办的环节");
	}

	@Test
	void anArchivedHandoverSaysNoActionsRemain() {
		// nothing unfinished, so no plan waits: closed at archiving (a plan step waiting
		// could still be extended)
		long id = staged.archived(org, "default", List.of(Stated.done("统计平台一期")));
		assertThat(section(page("/console/handovers/" + id), "actions")).contains("此交接已签字封存或已结束，没有可办理的操作");
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** The HTML of one {@code <section id=...>} of a page. */
	private static String section(String page, String id) {
		int start = page.indexOf("<section class=\"card\" id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private static int count(String text, String part) {
		Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
