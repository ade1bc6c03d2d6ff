package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.broadcast.Broadcast;
import dev.baton.bot.broadcast.BroadcastAdmin;
import dev.baton.bot.broadcast.BroadcastDraft;
import dev.baton.bot.broadcast.BroadcastKind;
import dev.baton.bot.broadcast.BroadcastTarget;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.policy.Policies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 12: in English ({@code ?lang=en}) no console page writes a Chinese
 * word or Chinese punctuation of its own. Every page is read, as an organizer and
 * administrator over a few units and as an administrator over every unit (the policy and
 * holidays forms), and what is left once the data are taken out (names of people and
 * units and their posts, titles typed by users, the names of policies, templates and
 * rules, the notices' own names) holds no Han character and no 、，。：（）.
 */
@DomainContext
@Import(StagedHandovers.class)
class EveryConsolePageInEnglishTest {

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。；：、（）“”《》【】]+");

	/**
	 * Chinese an English page names as it is: the switch to Chinese (中文), and the sheets
	 * of the roster template file (名册, 说明 Instructions), which the reader finds so named.
	 */
	private static final List<String> NAMED = List.of("中文", "名册", "说明");

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
	BroadcastAdmin broadcasts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Policies policies;

	@Value("${local.server.port}")
	int port;

	@Test
	void noConsolePageWritesChineseOfItsOwnInEnglish() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		long drafted = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		TestOrg second = new TestOrg(directory, actors, "default");
		long review = staged.inReview(second, List.of(Stated.work("数据质量提升")));
		long reader = directory.addOfficial("王组织", "市委组织部干部监督科科长", org.city.id()).id();
		for (TestOrg o : List.of(org, second)) {
			directory.assignRole(reader, Role.ORGANIZER, null, o.city.id());
			directory.assignRole(reader, Role.ADMIN, null, o.city.id());
		}
		Broadcast b = broadcasts.create(actors.of(reader),
				new BroadcastDraft("统计局督办周报", BroadcastKind.SUPERVISION_DIGEST, org.city.id(), "0 0 9 ? * MON", null,
						BroadcastTarget.ROLE, Role.REVIEWER, dev.baton.bot.directory.Department.AUDIT, null, true,
						true));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, reader);
		// urged, so the record's urge rows are read too
		String record = "/console/handovers/" + drafted;
		long checklist = jdbc.queryForObject(
				"SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST' AND done_at IS NULL",
				Long.class, drafted);
		http.post(record + "/steps/" + checklist + "/urge?lang=en",
				form("note", "", "_csrf", csrf(http.get(record + "?lang=en"))));

		List<String> left = new ArrayList<>();
		for (String path : List.of("/console", "/console/dashboard", record, "/console/handovers/" + review,
				"/console/handovers/new", "/console/dead-letters?unitId=" + org.city.id(), "/console/broadcasts",
				"/console/broadcasts/" + b.id(), "/console/policies", "/console/policies/default",
				"/console/templates/default", "/console/calendar", "/console/tokens", "/console/api",
				"/console/directory", "/console/directory/units/" + org.city.id(),
				"/console/directory/officials/" + org.departing, "/console/directory/roster", "/console/directory/sync",
				"/console/platforms")) {
			left.add(leftovers(path, page(http, path)));
		}

		// an administrator over every unit: the policy's form, the holidays' form and a
		// year
		// loaded through it
		ConsoleHttp root = ConsoleHttp.signedIn(port, accounts, org.rootAdmin(directory));
		for (String path : List.of("/console/policies/default", "/console/calendar", "/console/platforms",
				"/console/directory/sync")) {
			left.add(leftovers("root " + path, page(root, path)));
		}
		int year = ThreadLocalRandom.current().nextInt(2100, 2900);
		String notice = "一、元旦：1月1日放假，共1天。\n二、春节：2月1日至3日放假，共3天。";
		assertThat(root
			.post("/console/calendar/years?lang=en",
					form("year", Integer.toString(year), "source", "测试通知" + year, "notice", notice, "_csrf",
							csrf(root.get("/console/calendar"))))
			.statusCode()).isEqualTo(302);
		String loaded = page(root, "/console/calendar");
		assertThat(loaded).contains("id=\"done\"");
		left.add(leftovers("root /console/calendar after loading", loaded));

		// signed out
		left.add(leftovers("/console/signin", page(new ConsoleHttp(port), "/console/signin")));

		broadcasts.delete(actors.of(reader), b.id());
		assertThat(String.join("", left)).as("Chinese of the console's own on English pages").isEmpty();
	}

	private static String page(ConsoleHttp http, String path) {
		HttpResponse<String> page = http.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
		assertThat(page.statusCode()).as(path).isIn(200, 403);
		return page.body();
	}

	/**
	 * What is left of a page's visible text once the data are taken out: the console's
	 * own Chinese.
	 */
	private String leftovers(String path, String html) {
		String rest = visible(html);
		for (String data : data()) {
			rest = rest.replace(data, " ");
		}
		for (String named : NAMED) {
			rest = rest.replace(named, " ");
		}
		Set<String> found = new LinkedHashSet<>();
		Matcher m = CJK.matcher(rest);
		while (m.find()) {
			int from = Math.max(0, m.start() - 30);
			found.add("«" + rest.substring(from, Math.min(rest.length(), m.end() + 30)).strip() + "»");
		}
		return found.isEmpty() ? "" : path + ": " + String.join(" ", found) + "\n";
	}

	/**
	 * The data a page may show in Chinese in English, longest first: names of people and
	 * units and posts, items' titles, notes typed by users, the names of policies,
	 * templates, escalation rules, broadcasts and holiday notices, and the holidays.
	 */
	private List<String> data() {
		List<String> data = new ArrayList<>();
		for (String sql : List.of("SELECT name FROM official", "SELECT post FROM official", "SELECT name FROM org_unit",
				"SELECT name FROM handover_policy", "SELECT name FROM checklist_template",
				"SELECT name FROM escalation_policy", "SELECT name FROM broadcast", "SELECT source FROM calendar_year",
				"SELECT DISTINCT name FROM calendar_day WHERE name IS NOT NULL", "SELECT title FROM handover_item",
				"SELECT note FROM step_urge WHERE note IS NOT NULL")) {
			data.addAll(jdbc.queryForList(sql, String.class));
		}
		jdbc.queryForList("SELECT prompts FROM template_section", String.class)
			.forEach(prompts -> data.addAll(List.of(prompts.split("\\R"))));
		jdbc.queryForList("SELECT code FROM handover_policy", String.class)
			.forEach(code -> data.add(policies.byCode(code).note()));
		return data.stream()
			.filter(s -> s != null && !s.isBlank())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/**
	 * The page as read, with what its attributes say to a reader (labels, placeholders,
	 * titles).
	 */
	private static String visible(String html) {
		StringBuilder attributes = new StringBuilder();
		Matcher said = Pattern.compile("\\s(?:aria-label|placeholder|title|alt)=\"([^\"]*)\"").matcher(html);
		while (said.find()) {
			attributes.append(' ').append(said.group(1));
		}
		return ConsoleHttp.visible(html + attributes);
	}

}
