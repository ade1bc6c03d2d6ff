package dev.baton.bot.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.web.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 12's console findings 1, 3 and 5 (#17), over HTTP as the browser gets them:
 * the API token is shown as text with a copy button and a plain warning, and the page
 * says how to use it (the header, a curl line with this Baton's address, the API's
 * endpoints on a page of the console); downloads carry a readable ASCII file name beside
 * the UTF-8 one; the console is in Chinese whatever the browser asks, English only by the
 * switch, which is remembered.
 */
@DomainContext
class TokensDownloadsAndLanguageTest {

	private static final Pattern TOKEN = Pattern.compile("<code id=\"issued-token\"[^>]*>([^<]+)</code>");

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MutableClock clock;

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
	void theTokenIsShownPlainlyWithHowToUseIt() throws Exception {
		HttpResponse<String> page = http.get("/console/tokens");
		assertThat(page.statusCode()).isEqualTo(200);
		String base = "http://localhost:" + port + "/api";
		assertThat(page.body()).contains("action=\"/console/tokens\"")
			.doesNotContain("officialId=\"")
			.doesNotContain("officialId=")
			.doesNotContain("README")
			.contains("Authorization: Bearer")
			.contains("curl -H &#39;Authorization: Bearer &lt;token&gt;&#39; " + base + "/console/dashboard")
			.contains("<code id=\"api-base\">" + base + "</code>")
			.contains("href=\"/console/api\"");

		HttpResponse<String> issued = http.post("/console/tokens", form("label", "督办台账导出脚本", "_csrf", csrf(page)));
		assertThat(issued.statusCode()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Matcher token = TOKEN.matcher(issued.body());
		assertThat(token.find()).as("the token shown as text").isTrue();
		String secret = token.group(1);
		assertThat(issued.body()).doesNotContain("value=\"" + secret + "\"")
			.contains("只显示这一次，请立即复制保存")
			.containsPattern("<button type=\"button\" id=\"copy-token\" data-copy=\"issued-token\"[^>]*>复制</button>")
			.contains("src=\"/console/assets/copy.js\"")
			.contains("curl -H &#39;Authorization: Bearer " + secret + "&#39; " + base + "/console/dashboard");
		// the page's text, as copied from the browser, holds the token
		assertThat(issued.body().replaceAll("<[^>]+>", " ")).contains(secret);

		HttpResponse<String> script = http.get("/console/assets/copy.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("data-copy").doesNotContain("http://").doesNotContain("https://");

		// the example works as written
		HttpResponse<String> dashboard = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/console/dashboard"))
				.header("Authorization", "Bearer " + secret)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(dashboard.statusCode()).isEqualTo(200);

		HttpResponse<String> routes = http.get("/console/api");
		assertThat(routes.statusCode()).isEqualTo(200);
		assertThat(routes.body()).contains("REST API 接口一览")
			.contains("<code>/api/handovers</code>")
			.contains("<code>/api/console/dashboard</code>")
			.contains("<code>/api/tokens</code>")
			.doesNotContain("<code>/console/");
	}

	/**
	 * Newcomer 20b, finding 18: one click revoked a token for good; the page now asks
	 * first, and the 401 that follows says where a new one is issued.
	 */
	@Test
	void aTokenIsRevokedOnlyAfterTheQuestion() throws Exception {
		String secret = tokens.issue(org.organizer, "督办导出脚本");
		long id = tokens.list(actors.of(org.organizer), org.organizer)
			.stream()
			.filter(t -> t.label().equals("督办导出脚本"))
			.findFirst()
			.orElseThrow()
			.id();
		HttpResponse<String> page = http.get("/console/tokens");

		HttpResponse<String> asked = http.post("/console/tokens/" + id + "/revoke", form("_csrf", csrf(page)));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow())
			.endsWith("/console/tokens?revoke=" + id + "#confirm-revoke");
		assertThat(apiWith(secret).statusCode()).as("not revoked by the first click").isEqualTo(200);

		HttpResponse<String> question = http.get("/console/tokens?revoke=" + id);
		assertThat(ConsoleHttp.visible(question.body())).contains("确认吊销令牌“督办导出脚本”")
			.contains("吊销后，使用这个令牌的程序和脚本立即无法再访问交接棒")
			.contains("确定吊销")
			.contains("不吊销");

		HttpResponse<String> revoked = http.post("/console/tokens/" + id + "/revoke",
				form("confirmed", "yes", "_csrf", csrf(question)));
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(revoked.headers().firstValue("Location").orElseThrow()).endsWith("/console/tokens");
		HttpResponse<String> refused = apiWith(secret);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("/console/tokens").doesNotContain("README");
		assertThat(ConsoleHttp.visible(http.get("/console/tokens?revoke=" + id).body()))
			.as("a revoked token is not asked about again")
			.doesNotContain("确认吊销");
	}

	private HttpResponse<String> apiWith(String secret) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tokens"))
				.header("Authorization", "Bearer " + secret)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void downloadsNameTheirFilesInAsciiAndUtf8() throws Exception {
		HttpResponse<String> console = http.get("/console/directory/roster/template");
		assertThat(console.statusCode()).isEqualTo(200);
		String roster = "attachment; filename=\"roster-template.xlsx\"; "
				+ "filename*=UTF-8''%E5%90%8D%E5%86%8C%E6%A8%A1%E6%9D%BF-roster-template.xlsx";
		assertThat(console.headers().firstValue("Content-Disposition")).contains(roster);

		String bearer = "Bearer " + tokens.issue(org.organizer, "downloads");
		HttpResponse<String> api = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/directory/roster/template"))
				.header("Authorization", bearer)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Content-Disposition")).contains(roster);

		HttpResponse<String> ledger = http.get("/console/units/" + org.city.id() + "/ledger.xlsx");
		assertThat(ledger.statusCode()).isEqualTo(200);
		assertThat(ledger.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"ledger-" + Pattern.quote(org.city.code())
					+ "-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"; filename\\*=UTF-8''%E4%BA%A4%E6%8E%A5%E5%8F%B0%E8%B4%A6-"
					+ "[%0-9A-Za-z]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
	}

	@Test
	void theConsoleIsChineseWhateverTheBrowserAsksAndEnglishByTheSwitch() throws Exception {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (String asked : List.of("en", "en-US,en;q=0.9", "en-GB,zh-CN;q=0.5")) {
			HttpResponse<String> signIn = send(browser, "/console/signin", asked, null);
			assertThat(signIn.body()).as(asked).containsPattern("<html[^>]* lang=\"zh-CN\"").contains("登录");
		}
		HttpResponse<String> switched = send(browser, "/console/signin?lang=en", "zh-CN", null);
		assertThat(switched.body()).containsPattern("<html[^>]* lang=\"en\"");
		String cookie = switched.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("baton-lang="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("Path=/console");
		String choice = cookie.substring(0, cookie.indexOf(';'));
		// the choice is remembered, whatever the browser asks for
		assertThat(send(browser, "/console/signin", "zh-CN", choice).body()).containsPattern("<html[^>]* lang=\"en\"");
		// and switched back
		HttpResponse<String> back = send(browser, "/console/signin?lang=zh-CN", "en", choice);
		assertThat(back.body()).containsPattern("<html[^>]* lang=\"zh-CN\"");
		// the REST API still answers in the language asked for
		HttpResponse<String> api = send(browser, "/api/handovers/1", "en", null);
		assertThat(api.statusCode()).isIn(401, 403);
		assertThat(api.body()).contains("detail");
		assertThat(api.body()).doesNotContainPattern("[\\u4e00-\\u9fa5]");
	}

	private HttpResponse<String> send(HttpClient browser, String path, String language, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", language);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
