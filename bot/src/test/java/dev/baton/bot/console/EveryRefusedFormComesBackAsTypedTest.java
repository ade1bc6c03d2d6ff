package dev.baton.bot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.policy.PolicyCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 4: after a refused submission every console form comes back as
 * typed, with the reason: the official's edit form, a broadcast's (new and edited, every
 * field, the advanced cron and time zone and whom it goes to too), a policy's and the
 * holidays'. Each is refused over HTTP as the browser posts it, then the page is read
 * back: every field holds what was typed, the refusal is said, nothing was changed.
 */
@DomainContext
class EveryRefusedFormComesBackAsTypedTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	BroadcastAdmin broadcasts;

	@Autowired
	PolicyCatalog policies;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void rootAdministrator() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = ConsoleHttp.signedIn(port, accounts, org.rootAdmin(directory));
	}

	@Test
	void anOfficialsEditComesBackAsTyped() {
		String page = "/console/directory/officials/" + org.successor;
		Official before = directory.official(org.successor);
		String token = csrf(http.get(page));

		// a mobile number that is not one: refused
		assertThat(http
			.postFields(page, "name", "郑接任改", "post", "市统计局副局长", "unitId", Long.toString(org.city.id()), "mobile",
					"12345", "_csrf", token)
			.statusCode()).isEqualTo(302);
		String back = http.get(page).body();
		assertThat(back).contains("id=\"refusal\"");
		assertForm(back, "edit-name", "郑接任改", "edit-post", "市统计局副局长", "edit-unit", Long.toString(org.city.id()),
				"edit-mobile", "12345");
		assertThat(directory.official(org.successor)).isEqualTo(before);

		// read again: the official as stored
		String later = http.get(page).body();
		assertThat(value(later, "edit-name")).isEqualTo(before.name());
		assertThat(chosen(later, "edit-unit")).containsExactly(Long.toString(org.department.id()));
	}

	@Test
	void aNewBroadcastComesBackAsTypedEveryField() {
		String token = csrf(http.get("/console/broadcasts"));
		String unit = Long.toString(org.city.id());
		assertThat(http
			.postFields("/console/broadcasts", "name", "年终提醒（测试）", "kind", "MESSAGE", "message", "请按时办理交接", "target",
					"ROLE", "targetRole", "REVIEWER", "targetDepartment", "AUDIT", "unitId", unit, "repeat", "CRON",
					"weekday", "FRIDAY", "monthDay", "15", "time", "16:30", "workingDaysOnly", "true", "cron",
					"0 0 25 * * ?", "timeZone", "Asia/Urumqi", "_csrf", token)
			.statusCode()).isEqualTo(302);
		String back = http.get("/console/broadcasts").body();
		assertThat(back).contains("id=\"refusal\"");
		assertForm(back, "b-name", "年终提醒（测试）", "b-kind", "MESSAGE", "b-message", "请按时办理交接", "b-target", "ROLE",
				"b-role", "REVIEWER", "b-department", "AUDIT", "b-unit", unit, "b-repeat", "CRON", "b-weekday",
				"FRIDAY", "b-monthday", "15", "b-time", "16:30", "b-working", TICKED, "b-cron", "0 0 25 * * ?",
				"b-zone", "Asia/Urumqi", "b-enabled", "");
		assertThat(back).containsPattern("id=\"b-advanced\"[^>]*open");
		assertThat(broadcasts.list(org.actor(org.rootAdmin(directory))).stream().map(Broadcast::name))
			.doesNotContain("年终提醒（测试）");
	}

	@Test
	void anEditedBroadcastComesBackAsTypedEveryField() {
		long admin = org.rootAdmin(directory);
		Broadcast b = broadcasts.create(actors.of(admin),
				new BroadcastDraft("统计局督办周报", BroadcastKind.SUPERVISION_DIGEST, null, "0 0 9 ? * MON", null,
						BroadcastTarget.ROLE, Role.ORGANIZER, null, null, true, true));
		String page = "/console/broadcasts/" + b.id();
		String token = csrf(http.get(page));
		String unit = Long.toString(org.city.id());
		// every Tuesday with no time: refused
		assertThat(http
			.postFields(page, "name", "统计局督办周报（改）", "kind", "MESSAGE", "message", "周二提醒", "target", "UNIT",
					"targetRole", "", "targetDepartment", "", "unitId", unit, "repeat", "WEEKLY", "weekday", "TUESDAY",
					"monthDay", "0", "time", "", "cron", "0 0 9 ? * MON", "timeZone", "Asia/Shanghai", "enabled",
					"true", "_csrf", token)
			.statusCode()).isEqualTo(302);
		String back = http.get(page).body();
		assertThat(back).contains("id=\"refusal\"");
		assertForm(back, "b-name", "统计局督办周报（改）", "b-kind", "MESSAGE", "b-message", "周二提醒", "b-target", "UNIT", "b-role",
				"", "b-department", "", "b-unit", unit, "b-repeat", "WEEKLY", "b-weekday", "TUESDAY", "b-monthday", "0",
				"b-time", "", "b-working", "", "b-zone", "Asia/Shanghai", "b-enabled", TICKED);
		Broadcast after = broadcasts.get(actors.of(admin), b.id());
		assertThat(after.name()).isEqualTo("统计局督办周报");
		assertThat(after.kind()).isEqualTo(BroadcastKind.SUPERVISION_DIGEST);
		broadcasts.delete(actors.of(admin), b.id());
	}

	@Test
	void aPolicyComesBackAsTyped() {
		String page = "/console/policies/default";
		String token = csrf(http.get(page));
		String before = policies.one(actors.of(org.rootAdmin(directory)), "default").toString();
		// a checklist of 0 days: refused; every other field changed
		assertThat(http.postFields(page, "name", "离任交接制度（改）", "templateCode", "default", "days[NOTICE_RECEIPT]", "4",
				"dayUnits[NOTICE_RECEIPT]", "CALENDAR_DAYS", "days[CHECKLIST]", "0", "dayUnits[CHECKLIST]",
				"WORKING_DAYS", "days[REVIEW]", "11", "dayUnits[REVIEW]", "CALENDAR_DAYS", "days[CONFIRMATION]", "12",
				"dayUnits[CONFIRMATION]", "WORKING_DAYS", "days[RULING]", "13", "dayUnits[RULING]", "CALENDAR_DAYS",
				"days[SIGNING]", "14", "dayUnits[SIGNING]", "WORKING_DAYS", "days[PLAN]", "15", "dayUnits[PLAN]",
				"CALENDAR_DAYS", "reviewers", "FINANCE", "reviewers", "AUDIT", "disputeRuler", "AUDIT", "signers",
				"DEPARTING", "signers", "REVIEWER_AUDIT", "copies", "SUCCESSOR", "maxDays", "21", "maxUnit",
				"CALENDAR_DAYS", "checkInMonths", "5", "followUpYears", "3", "note", "按新规定修改", "_csrf", token)
			.statusCode()).isEqualTo(302);
		String back = http.get(page).body();
		assertThat(back).contains("id=\"refusal\"");
		assertForm(back, "p-name", "离任交接制度（改）", "days-NOTICE_RECEIPT", "4", "unit-NOTICE_RECEIPT", "CALENDAR_DAYS",
				"days-CHECKLIST", "0", "days-PLAN", "15", "unit-PLAN", "CALENDAR_DAYS", "reviewer-FINANCE", TICKED,
				"reviewer-AUDIT", TICKED, "reviewer-ORGANIZATION", "", "reviewer-DISCIPLINE", "", "p-ruler", "AUDIT",
				"signer-DEPARTING", TICKED, "signer-SUCCESSOR", "", "signer-REVIEWER_AUDIT", TICKED, "copy-SUCCESSOR",
				TICKED, "copy-AUDIT", "", "p-publicity", "", "p-max", "21", "p-max-unit", "CALENDAR_DAYS", "p-checkin",
				"5", "p-years", "3", "p-note", "按新规定修改");
		assertThat(policies.one(actors.of(org.rootAdmin(directory)), "default").toString()).isEqualTo(before);
	}

	@Test
	void theHolidaysFormComesBackAsTyped() {
		// 2999: a year no other test loads (they draw theirs from 2200–2998), so the
		// table
		// below cannot list it because of them
		String token = csrf(http.get("/console/calendar"));
		String notice = "国务院办公厅关于2999年部分节假日安排的通知\n一、元旦：放假。";
		assertThat(http
			.postFields("/console/calendar/years", "year", "2999", "source", "国办发明电〔2999〕1号", "notice", notice, "_csrf",
					token)
			.statusCode()).isEqualTo(302);
		String back = http.get("/console/calendar").body();
		assertThat(back).contains("id=\"refusal\"");
		assertForm(back, "year", "2999", "source", "国办发明电〔2999〕1号", "notice", notice);
		assertThat(back).doesNotContain("id=\"year-2999\"");
	}

	/** A ticked box, as {@link #assertForm} says it. */
	private static final String TICKED = "ticked";

	/**
	 * The page's fields hold these values, by id: an input's value, a textarea's text, a
	 * select's chosen option ("" for none), {@link #TICKED} or "" for a box.
	 */
	private static void assertForm(String page, String... idsAndValues) {
		for (int i = 0; i < idsAndValues.length; i += 2) {
			String id = idsAndValues[i];
			String field;
			if (page.matches("(?s).*<select[^>]*\\sid=\"" + Pattern.quote(id) + "\".*")) {
				field = String.join(",", chosen(page, id));
			}
			else if (page.matches("(?s).*<textarea[^>]*\\sid=\"" + Pattern.quote(id) + "\".*")) {
				field = textarea(page, id);
			}
			else if (page.matches("(?s).*<input[^>]*type=\"checkbox\"[^>]*\\sid=\"" + Pattern.quote(id) + "\".*")) {
				field = ticked(page, id) ? TICKED : "";
			}
			else {
				field = value(page, id);
			}
			assertThat(field).as(id).isEqualTo(idsAndValues[i + 1]);
		}
	}

	/** The value of the input of that id, as the page fills it ("" when none). */
	private static String value(String page, String id) {
		Matcher input = Pattern.compile("<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		assertThat(input.find()).as("input " + id).isTrue();
		Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group());
		return value.find() ? unescape(value.group(1)) : "";
	}

	private static boolean ticked(String page, String id) {
		Matcher input = Pattern.compile("<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		assertThat(input.find()).as("box " + id).isTrue();
		return input.group().contains("checked");
	}

	private static String textarea(String page, String id) {
		Matcher m = Pattern.compile("(?s)<textarea[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>")
			.matcher(page);
		assertThat(m.find()).as("textarea " + id).isTrue();
		return unescape(m.group(1));
	}

	/** The values of the options chosen in the select of that id. */
	private static List<String> chosen(String page, String id) {
		Matcher select = Pattern.compile("(?s)<select[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>")
			.matcher(page);
		assertThat(select.find()).as("select " + id).isTrue();
		Matcher option = Pattern.compile("<option([^>]*)>").matcher(select.group(1));
		List<String> chosen = new ArrayList<>();
		while (option.find()) {
			Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(option.group(1));
			if (option.group(1).contains("selected") && v.find() && !v.group(1).isEmpty()) {
				chosen.add(v.group(1));
			}
		}
		return chosen;
	}

	private static String unescape(String html) {
		return html.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
