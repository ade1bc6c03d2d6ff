package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
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

	private ConsoleHttp signIn(long official) {
		ConsoleHttp http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, official, username, ConsoleTestSupport.PASSWORD);
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(http.get("/console/signin"))))
			.statusCode()).isEqualTo(302);
		return http;
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
