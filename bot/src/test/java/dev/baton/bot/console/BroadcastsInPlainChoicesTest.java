package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadcasts as newcomer 12 (an organizer) met them (#17, items 3 and 4), over HTTP as
 * the browser posts the form: only the units the reader may use are offered (no 全部单位 for
 * an organizer; their own scope first and chosen), a refused submission (a forged 全部单位
 * too) comes back as the form as typed with the reason, the page has one form; when it
 * sends is chosen in plain words (每天, 每个工作日, 每周一, 每月最后一天 + 时间) and turned into the cron,
 * listed in words with the next runs; only an administrator writes a cron, under 高级.
 */
@DomainContext
class BroadcastsInPlainChoicesTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void organization() {
		clock.set(Instant.parse("2026-11-26T02:00:00Z")); // Thursday 10:00 in Beijing
		org = new TestOrg(directory, actors, "default");
	}

	private ConsoleHttp signIn(long officialId) {
		return ConsoleHttp.signedIn(port, accounts, officialId);
	}

	@Test
	void anOrganizerIsOfferedTheirUnitsAndARefusalKeepsTheForm() {
		ConsoleHttp http = signIn(org.organizer);
		String page = page(http, "/console/broadcasts");
		String units = select(page, "b-unit");
		assertThat(units).doesNotContain("全部单位").doesNotContain("value=\"\"");
		assertThat(units).containsPattern("value=\"" + org.city.id() + "\"\\s+selected");
		assertThat(units).contains("value=\"" + org.department.id() + "\"")
			.doesNotContain("value=\"" + org.elsewhere.id() + "\"");
		// one form, inside the page (newcomer 12 saw a second, unstyled copy below the
		// footer)
		assertThat(page.split("id=\"broadcast-form\"", -1)).hasSize(2);
		assertThat(page.substring(page.indexOf("<footer"))).doesNotContain("<form").doesNotContain("<input");
		assertThat(page).doesNotContain("action=\"\"");

		// 全部单位 posted anyway: the form comes back as typed, with the reason
		String name = "督办汇总" + UUID.randomUUID().toString().substring(0, 4);
		Map<String, String> typed = weekly(name, "", "MONDAY", "09:00", csrf(http.get("/console/broadcasts")));
		HttpResponse<String> refused = http.post("/console/broadcasts", typed);
		assertThat(refused.statusCode()).isEqualTo(302);
		String again = page(http, "/console/broadcasts");
		assertThat(text(again, "refusal")).contains("只有全局系统管理员可以维护面向全部单位的定时通报");
		assertThat(again).contains("value=\"" + name + "\"");
		assertThat(select(again, "b-repeat")).containsPattern("value=\"WEEKLY\"\\s+selected");
		assertThat(count("SELECT COUNT(*) FROM broadcast WHERE name = ?", name)).isZero();

		// a cron is not an organizer's to write: refused, the form kept
		Map<String, String> cron = weekly(name, Long.toString(org.city.id()), "MONDAY", "09:00", token(again));
		cron.put("repeat", "CRON");
		cron.put("cron", "0 0 9 ? * MON-FRI");
		http.post("/console/broadcasts", cron);
		assertThat(text(page(http, "/console/broadcasts"), "refusal")).contains("只有系统管理员可以直接填写 cron 表达式");
		assertThat(count("SELECT COUNT(*) FROM broadcast WHERE name = ?", name)).isZero();

		// a time that is none is refused with the reason
		Map<String, String> late = weekly(name, Long.toString(org.city.id()), "MONDAY", "9点",
				csrf(http.get("/console/broadcasts")));
		http.post("/console/broadcasts", late);
		assertThat(text(page(http, "/console/broadcasts"), "refusal")).contains("“9点”不是时间");
		assertThat(count("SELECT COUNT(*) FROM broadcast WHERE name = ?", name)).isZero();
	}

	@Test
	void plainChoicesBecomeTheCronAndAreListedInWordsWithTheNextRuns() {
		ConsoleHttp http = signIn(org.organizer);
		String page = page(http, "/console/broadcasts");
		// no cron field for an organizer: when it sends is chosen in words
		assertThat(page).doesNotContain("id=\"b-cron\"").contains("id=\"b-time\"").contains("高级");
		assertThat(select(page, "b-repeat")).contains("每天")
			.contains("每个工作日")
			.contains("每周")
			.contains("每月")
			.doesNotContain("cron");

		String weekly = "周一督办" + UUID.randomUUID().toString().substring(0, 4);
		create(http, weekly(weekly, Long.toString(org.city.id()), "MONDAY", "09:00", token(page)));
		assertThat(cron(weekly)).isEqualTo("0 0 9 ? * MON");

		String daily = "工作日督办" + UUID.randomUUID().toString().substring(0, 4);
		Map<String, String> workingDays = weekly(daily, Long.toString(org.department.id()), "MONDAY", "08:30",
				csrf(http.get("/console/broadcasts")));
		workingDays.put("repeat", "WORKING_DAYS");
		workingDays.remove("workingDaysOnly"); // every working day skips rest days anyway
		create(http, workingDays);
		assertThat(cron(daily)).isEqualTo("0 30 8 * * ?");
		assertThat(jdbc.queryForObject("SELECT working_days_only FROM broadcast WHERE name = ?", Boolean.class, daily))
			.isTrue();

		String monthly = "月末通报" + UUID.randomUUID().toString().substring(0, 4);
		Map<String, String> lastDay = weekly(monthly, Long.toString(org.city.id()), "MONDAY", "17:00",
				csrf(http.get("/console/broadcasts")));
		lastDay.put("repeat", "MONTHLY");
		lastDay.put("monthDay", "0");
		lastDay.remove("workingDaysOnly");
		create(http, lastDay);
		assertThat(cron(monthly)).isEqualTo("0 0 17 L * ?");

		String list = page(http, "/console/broadcasts");
		assertThat(text(list, "when-" + id(weekly))).contains("每周一 09:00").contains("（遇休息日不发送）");
		assertThat(text(list, "when-" + id(daily))).contains("每个工作日 08:30").doesNotContain("遇休息日");
		assertThat(text(list, "when-" + id(monthly))).contains("每月最后一天 17:00");
		assertThat(list).doesNotContain("0 0 9 ? * MON");
		// the next runs: Thursday 10:00 now; every working day skips the weekend
		assertThat(text(list, "next-" + id(daily))).contains("2026-11-27 08:30")
			.contains("2026-11-30 08:30")
			.contains("2026-12-01 08:30")
			.doesNotContain("2026-11-28")
			.doesNotContain("2026-11-29");
		assertThat(text(list, "next-" + id(weekly))).contains("2026-11-30 09:00").contains("2026-12-07 09:00");
		assertThat(text(list, "next-" + id(monthly))).contains("2026-11-30 17:00").contains("2026-12-31 17:00");

		// the edit form reads the schedule back as it was chosen
		String edit = page(http, "/console/broadcasts/" + id(weekly));
		assertThat(select(edit, "b-repeat")).containsPattern("value=\"WEEKLY\"\\s+selected");
		assertThat(select(edit, "b-weekday")).containsPattern("value=\"MONDAY\"\\s+selected");
		assertThat(edit).contains("value=\"09:00\"").contains("每周一 09:00");

		// and in English
		assertThat(text(page(http, "/console/broadcasts?lang=en"), "when-" + id(weekly)))
			.contains("Every Monday at 09:00");
	}

	@Test
	void anAdministratorWritesACronUnderAdvancedAndOnlyARootAdministratorChoosesEveryUnit() {
		ConsoleHttp admin = signIn(org.admin);
		String page = page(admin, "/console/broadcasts");
		assertThat(page).contains("id=\"b-cron\"");
		assertThat(page.indexOf("id=\"b-advanced\"")).isLessThan(page.indexOf("id=\"b-cron\""));
		assertThat(select(page, "b-unit")).doesNotContain("全部单位");
		String name = "管理员通报" + UUID.randomUUID().toString().substring(0, 4);
		Map<String, String> cron = weekly(name, Long.toString(org.city.id()), "MONDAY", "09:00", token(page));
		cron.put("repeat", "CRON");
		cron.put("cron", "0 0 9 ? * MON-FRI");
		create(admin, cron);
		assertThat(cron(name)).isEqualTo("0 0 9 ? * MON-FRI");
		assertThat(text(page(admin, "/console/broadcasts"), "when-" + id(name)))
			.contains("按 cron 表达式“0 0 9 ? * MON-FRI”");

		// an organizer editing it keeps the administrator's cron
		ConsoleHttp organizer = signIn(org.organizer);
		String edit = page(organizer, "/console/broadcasts/" + id(name));
		assertThat(edit).contains("id=\"b-cron-kept\"").doesNotContain("id=\"b-cron\"");
		Map<String, String> kept = weekly(name, Long.toString(org.city.id()), "MONDAY", "09:00", token(edit));
		kept.put("repeat", "CRON");
		kept.put("cron", "0 0 9 ? * MON-FRI");
		assertThat(organizer.post("/console/broadcasts/" + id(name), kept).statusCode()).isEqualTo(302);
		assertThat(text(page(organizer, "/console/broadcasts"), "done")).contains("已保存定时通报");

		ConsoleHttp root = signIn(org.rootAdmin(directory));
		assertThat(select(page(root, "/console/broadcasts"), "b-unit")).contains("全部单位");
	}

	/**
	 * An administrator over every unit is offered the whole unit tree, each unit under
	 * its parent and indented, as the other unit pickers do; not only the top units
	 * (c19a).
	 */
	@Test
	void anAdministratorOverEveryUnitIsOfferedTheWholeTreeIndented() {
		OrgUnit office = directory.createUnit(org.department.id(),
				"office-" + UUID.randomUUID().toString().substring(0, 8), "统计局办公室", "CITY_DEPARTMENT");
		ConsoleHttp root = signIn(org.rootAdmin(directory));
		String units = select(page(root, "/console/broadcasts"), "b-unit");
		assertThat(units).contains("全部单位");
		String city = option(units, org.city);
		assertThat(city).as("a top unit, not indented").endsWith(">" + org.city.name() + "</option>");
		assertThat(option(units, org.department)).as("the unit below the city, indented once")
			.endsWith(">\u3000" + org.department.name() + "</option>");
		assertThat(option(units, office)).as("and the one below that, twice")
			.endsWith(">\u3000\u3000" + office.name() + "</option>");
		assertThat(units.indexOf(city)).isLessThan(units.indexOf(option(units, org.department)));
		assertThat(units.indexOf(option(units, org.department))).isLessThan(units.indexOf(option(units, office)));
		assertThat(units).contains("value=\"" + org.elsewhere.id() + "\"");

		// the city's organizer: the city's tree, indented alike
		String own = select(page(signIn(org.organizer), "/console/broadcasts"), "b-unit");
		assertThat(option(own, org.department)).endsWith(">\u3000" + org.department.name() + "</option>");
		assertThat(option(own, office)).endsWith(">\u3000\u3000" + office.name() + "</option>");

		// a broadcast about a unit two levels down is taken
		String name = "办公室通报" + UUID.randomUUID().toString().substring(0, 4);
		create(root,
				weekly(name, Long.toString(office.id()), "MONDAY", "09:00", csrf(root.get("/console/broadcasts"))));
		assertThat(jdbc.queryForObject("SELECT unit_id FROM broadcast WHERE name = ?", Long.class, name))
			.isEqualTo(office.id());
	}

	/** The option of that unit in a select's markup. */
	private static String option(String select, OrgUnit unit) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<option[^>]*value=\"" + unit.id() + "\"[^>]*>[^<]*</option>")
			.matcher(select);
		assertThat(m.find()).as("an option for " + unit.name()).isTrue();
		return m.group();
	}

	private Map<String, String> weekly(String name, String unitId, String weekday, String time, String csrf) {
		return form("name", name, "kind", "SUPERVISION_DIGEST", "target", "ROLE", "targetRole", "ORGANIZER", "unitId",
				unitId, "repeat", "WEEKLY", "weekday", weekday, "monthDay", "1", "time", time, "workingDaysOnly",
				"true", "enabled", "true", "_csrf", csrf);
	}

	private void create(ConsoleHttp http, Map<String, String> form) {
		assertThat(http.post("/console/broadcasts", form).statusCode()).isEqualTo(302);
		assertThat(text(page(http, "/console/broadcasts"), "done")).contains("已新建定时通报");
	}

	/** The CSRF token of a page's first form. */
	private static String token(String page) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).as("a CSRF token").isTrue();
		return m.group(1);
	}

	private String cron(String name) {
		return jdbc.queryForObject("SELECT cron FROM broadcast WHERE name = ?", String.class, name);
	}

	private long id(String name) {
		return jdbc.queryForObject("SELECT id FROM broadcast WHERE name = ?", Long.class, name);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private static String page(ConsoleHttp http, String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** A select's options, by its id. */
	private static String select(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return page.substring(start, page.indexOf("</select>", start));
	}

	/**
	 * The markup inside the element with that id, to its first closing tag of a block.
	 */
	private static String text(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		int end = page.indexOf("</td>", start);
		int div = page.indexOf("</div>", start);
		if (end < 0 || div >= 0 && div < end) {
			end = div;
		}
		return page.substring(start, end);
	}

}
