package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation offers only what Access lets the signed-in person open (#17, newcomer
 * 12: 平台自检 was shown to an organizer, who then met a 403 page): signed in as an
 * organizer, a reviewer, a supervisor and an administrator over every unit, every link of
 * the navigation opens its page.
 */
@DomainContext
class NavigationFollowsAccessTest {

	private static final Pattern NAV = Pattern.compile("(?s)<nav class=\"nav\"[^>]*>(.*?)</nav>");

	private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	@Test
	void everyLinkOfTheNavigationOpensItsPage() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		Map<String, Long> people = new LinkedHashMap<>();
		people.put("organizer", org.organizer);
		people.put("reviewer", org.auditReviewer);
		people.put("supervisor", org.supervisor);
		people.put("global admin", org.rootAdmin(directory));
		Map<String, List<String>> navs = new LinkedHashMap<>();
		List<String> refused = new ArrayList<>();
		for (Map.Entry<String, Long> person : people.entrySet()) {
			ConsoleHttp http = signIn(person.getValue());
			List<String> links = nav(http.get("/console"));
			navs.put(person.getKey(), links);
			for (String link : links) {
				HttpResponse<String> page = http.get(link);
				if (page.statusCode() != 200) {
					refused.add(person.getKey() + " " + link + " → " + page.statusCode());
				}
			}
		}
		assertThat(refused).as("navigation links that do not open for their reader " + navs).isEmpty();
		assertThat(navs.get("organizer"))
			.contains("/console/dashboard", "/console/directory", "/console/policies", "/console/broadcasts",
					"/console/tokens")
			.doesNotContain("/console/platforms", "/console/directory/sync");
		assertThat(navs.get("reviewer")).contains("/console/dashboard", "/console/tokens")
			.doesNotContain("/console/platforms", "/console/dead-letters", "/console/policies", "/console/broadcasts");
		assertThat(navs.get("supervisor")).contains("/console/dashboard")
			.doesNotContain("/console/platforms", "/console/directory/roster");
		assertThat(navs.get("global admin")).contains("/console/platforms", "/console/calendar",
				"/console/directory/sync", "/console/dead-letters");
	}

	/**
	 * Links inside the pages follow Access as the navigation does (newcomer 15: the
	 * directory offered an organizer 通讯录同步记录, which then answered 403): every link in the
	 * body of the home page and of each page the navigation offers opens for its reader.
	 */
	@Test
	void everyLinkInsideThePagesOfTheNavigationOpensForItsReader() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		Map<String, Long> people = new LinkedHashMap<>();
		people.put("organizer", org.organizer);
		people.put("reviewer", org.auditReviewer);
		people.put("supervisor", org.supervisor);
		List<String> refused = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, Long> person : people.entrySet()) {
			ConsoleHttp http = signIn(person.getValue());
			List<String> pages = new ArrayList<>(List.of("/console"));
			pages.addAll(nav(http.get("/console")));
			for (String page : new java.util.LinkedHashSet<>(pages)) {
				HttpResponse<String> opened = http.get(page);
				Matcher main = MAIN.matcher(opened.body());
				if (opened.statusCode() != 200 || !main.find()) {
					continue;
				}
				Matcher link = LINK.matcher(main.group(1));
				while (link.find()) {
					String href = link.group(1).replace("&amp;", "&");
					if (!href.startsWith("/console") || href.contains("lang=")) {
						continue;
					}
					checked++;
					int status = http.get(href).statusCode();
					if (status == 403 || status >= 500) {
						refused.add(person.getKey() + " on " + page + ": " + href + " → " + status);
					}
				}
			}
		}
		assertThat(checked).as("links were followed").isGreaterThan(5);
		assertThat(refused).as("links inside pages that their reader may not open").isEmpty();
	}

	/**
	 * A console address that does not exist, opened in a browser, is a page in the
	 * console's layout and language with a way back (newcomer 15 saw raw JSON problem
	 * details); the REST API keeps its problem details.
	 */
	@Test
	void aConsoleAddressThatDoesNotExistIsAPageWithAWayBack() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		ConsoleHttp http = signIn(org.organizer);
		HttpResponse<String> missing = http.browse("/console/nosuchpage");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(missing.body()).contains("没有找到")
			.contains("这个地址在管理台中不存在")
			.contains("href=\"/console\"")
			.contains("class=\"nav\"")
			.doesNotContain("\"type\"");
		HttpResponse<String> english = http.browse("/console/nosuchpage?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Not found").contains("does not exist in the console");
		HttpResponse<String> api = http.get("/api/nosuchpage");
		assertThat(api.statusCode()).isIn(401, 404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private static final Pattern MAIN = Pattern.compile("(?s)<main[^>]*>(.*?)</main>");

	private ConsoleHttp signIn(long official) {
		return ConsoleHttp.signedIn(port, accounts, official);
	}

	private static List<String> nav(HttpResponse<String> home) {
		assertThat(home.statusCode()).isEqualTo(200);
		Matcher nav = NAV.matcher(home.body());
		assertThat(nav.find()).as("the home page has its navigation").isTrue();
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(nav.group(1));
		while (link.find()) {
			links.add(link.group(1).replace("&amp;", "&"));
		}
		return links;
	}

}
