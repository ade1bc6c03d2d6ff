package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the twelfth newcomer met as a 组织部 officer in the console (#17): unit types and
 * policies in words, not codes. Read over plain HTTP, as the browser gets the pages,
 * signed in as the city's organizer.
 */
@DomainContext
class TwelfthNewcomerConsoleTest {

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

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void signInAsOrganizer() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "shizuishan");
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
	void unitTypesAndTheUnitsPolicyAreWordsInBothLanguages() {
		String tree = page("/console/directory");
		assertThat(tree).contains("市直部门");
		assertThat(shown(tree)).doesNotContain("CITY_DEPARTMENT").doesNotContain("（CITY）");
		String unit = page("/console/directory/units/" + org.department.id());
		// 交接制度, the one term for a policy (newcomer 20b, finding 21)
		assertThat(unit).contains("类型：市直部门").contains("交接制度：石嘴山");
		assertThat(shown(unit)).doesNotContain("CITY_DEPARTMENT").doesNotContain("交接制度：shizuishan");
		// the type list (an administrator's: newcomer 21, units are retyped by them) has
		// the unit's type once, in words
		assertThat(ConsoleHttp.signedIn(port, accounts, org.admin)
			.get("/console/directory/units/" + org.department.id())
			.body()).containsPattern("value=\"CITY_DEPARTMENT\"[^>]*>市直部门</option>");

		String english = page("/console/directory/units/" + org.department.id() + "?lang=en");
		assertThat(english).contains("city department");
		assertThat(shown(english)).doesNotContain("CITY_DEPARTMENT");
		assertThat(shown(page("/console/directory?lang=en"))).contains("city department")
			.doesNotContain("CITY_DEPARTMENT")
			.doesNotContain("(CITY)");
	}

	@Test
	void thePoliciesPageNamesPoliciesAndTemplatesNotTheirCodes() {
		String policies = page("/console/policies");
		String table = policies.substring(policies.indexOf("<table id=\"policies\""),
				policies.indexOf("</table>", policies.indexOf("<table id=\"policies\"")));
		assertThat(table).doesNotContain(">shizuishan<").doesNotContain(">default<").doesNotContain(">essay<");
		assertThat(policies).doesNotContain("<span class=\"muted\">default</span>");
		assertThat(table).containsPattern("href=\"/console/templates/shizuishan\">[^<]*[\\u4e00-\\u9fa5][^<]*</a>");
	}

	/** What a page shows: its markup without attribute values (a select's codes). */
	private static String shown(String page) {
		return page.replaceAll("\"[^\"]*\"", "\"\"");
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
