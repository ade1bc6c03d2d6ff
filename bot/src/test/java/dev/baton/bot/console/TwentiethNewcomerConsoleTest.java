package dev.baton.bot.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.web.ApiTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static dev.baton.bot.console.ConsoleHttp.visible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20b's console findings (items 2, 6, 15, 16, 17, 19, 21): 另选接任人 comes back to
 * the open form with the reason; an extension with both the days and the day is refused;
 * a cancelled handover is not graded green and says it was cancelled; a wrong number in
 * an address is a wrong address on every console route; a deadline in a year whose
 * holidays are not loaded says so; the check page heads once; one name for the policy.
 */
@DomainContext
class TwentiethNewcomerConsoleTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

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
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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
	void anotherSuccessorComesBackToTheOpenFormWithTheReasonKept() {
		long id = open(org.city.id());
		http.post("/console/handovers/" + id + "/successor", form("successorId", Long.toString(org.auditReviewer),
				"reason", "市委常委会研究调整人选", "_csrf", csrf(http.get("/console/handovers/" + id))));
		String warned = http.get("/console/handovers/" + id).body();
		assertThat(warned).contains("id=\"successor-warning\"").contains("id=\"successor-another\"");

		HttpResponse<String> another = http.post("/console/handovers/" + id + "/successor",
				form("successorId", Long.toString(org.auditReviewer), "reason", "市委常委会研究调整人选", "reviewsToo", "another",
						"_csrf", csrf(http.get("/console/handovers/" + id))));
		assertThat(another.statusCode()).isEqualTo(302);
		assertThat(another.headers().firstValue("Location").orElseThrow()).endsWith("#successor-id");
		assertThat(jdbc.queryForObject("SELECT successor_id FROM handover WHERE id = ?", Long.class, id))
			.as("nothing changed")
			.isEqualTo(org.successor);
		String page = http.get("/console/handovers/" + id).body();
		String section = page.substring(page.indexOf("id=\"successor-action\""),
				page.indexOf("</details>", page.indexOf("id=\"successor-action\"")));
		assertThat(section).as("the 更换接任人 form open, the warning gone")
			.startsWith("id=\"successor-action\" open")
			.doesNotContain("id=\"successor-warning\"");
		assertThat(section).containsPattern("id=\"successor-reason\"[^>]*value=\"市委常委会研究调整人选\"");
		assertThat(section).as("the other choice cleared")
			.doesNotContainPattern("<option value=\"\\d+\"\\s+selected")
			.containsPattern("<option value=\"\"\\s+selected");
	}

	@Test
	void anExtensionWithTheDaysAndTheDayIsRefusedAndNothingMoves() {
		long id = open(org.department.id());
		Map<String, Object> before = jdbc.queryForMap(
				"SELECT MIN(due_on) AS due, COUNT(*) AS n FROM waiting_step WHERE handover_id = ? AND done_at IS NULL",
				id);
		HttpResponse<String> sent = http.post("/console/handovers/" + id + "/extend",
				form("days", "3", "unit", "WORKING_DAYS", "until", "2026-12-10", "reason", "离任干部出差", "_csrf",
						csrf(http.get("/console/handovers/" + id))));
		assertThat(sent.statusCode()).isEqualTo(302);
		String page = http.get("/console/handovers/" + id).body();
		assertThat(visible(page)).contains("顺延天数（3）和延至的日期（2026-12-10）只能填一项").doesNotContain("已将");
		assertThat(page).contains("id=\"refusal\"");
		assertThat(jdbc.queryForMap(
				"SELECT MIN(due_on) AS due, COUNT(*) AS n FROM waiting_step WHERE handover_id = ? AND done_at IS NULL",
				id))
			.isEqualTo(before);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'DEADLINE_EXTENDED'", Long.class,
				id))
			.isZero();
	}

	@Test
	void aCancelledHandoverIsNotGradedOnTimeAndSaysItWasCancelled() {
		long id = open(org.department.id());
		assertThat(http
			.post("/console/handovers/" + id + "/cancel",
					form("reason", "干部任免调整，交接暂缓", "_csrf", csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);

		String record = http.get("/console/handovers/" + id).body();
		assertThat(record).contains("grade-CANCELLED").doesNotContain("grade-GREEN");
		assertThat(visible(record)).doesNotContain("绿（按时）")
			.doesNotContain("此交接已签字封存或已结束")
			.contains("取消（理由：干部任免调整，交接暂缓），没有可办理的操作");

		String dashboard = visible(http.get("/console/dashboard?state=CANCELLED&unitId=" + org.department.id()).body());
		assertThat(dashboard).contains("已取消（不计入按时） 1").contains("绿（按时） 0");

		String bearer = "Bearer " + tokens.issue(org.organizer, "newcomer 20b");
		JsonNode one = api("/api/console/handovers/" + id, bearer);
		assertThat(one.path("grade").asString()).isEqualTo("CANCELLED");
		JsonNode board = api("/api/console/dashboard?state=CANCELLED&unitId=" + org.department.id(), bearer);
		assertThat(board.path("byGrade").path("GREEN").asInt()).isZero();
		assertThat(board.path("byGrade").path("CANCELLED").asInt()).isEqualTo(1);
	}

	@Test
	void aWrongNumberInAnyConsoleAddressIsAWrongAddress() throws Exception {
		long id = open(org.department.id());
		String token = csrf(http.get("/console/handovers/" + id));
		Set<String> tried = new TreeSet<>();
		List<String> wrong = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<String> numeric = numericVariables(method);
			if (numeric.isEmpty()) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/console/")) {
					continue;
				}
				for (RequestMethod verb : verbs(info)) {
					String path = concrete(pattern, numeric);
					HttpResponse<String> answer = browse(verb, path, token);
					tried.add(verb + " " + path);
					String said = visible(answer.body());
					if (answer.statusCode() != 400 || !said.contains("地址有误") || said.contains("管理台暂时出了问题")) {
						wrong.add(verb + " " + path + " → " + answer.statusCode() + " " + said);
					}
				}
			}
		});
		assertThat(tried).as("the console's routes with ids")
			.contains("GET /console/handovers/abc")
			.hasSizeGreaterThan(10);
		assertThat(wrong).isEmpty();

		HttpResponse<String> english = browse(RequestMethod.GET, "/console/handovers/abc?lang=en", token);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(visible(english.body())).contains("Wrong address").contains("\"abc\"");
	}

	@Test
	void aDeadlineInAYearWithoutItsHolidaysSaysSoOnTheRecord() {
		clock.set(Instant.parse("2029-12-20T01:00:00Z"));
		// the organizer's session idled out over the years; the departing official reads
		// it
		http = ConsoleHttp.signedIn(port, accounts, org.departing);
		long id = open(org.department.id());
		String page = http.get("/console/handovers/" + id).body();
		String steps = page.substring(page.indexOf("id=\"open-steps\""),
				page.indexOf("</table>", page.indexOf("id=\"open-steps\"")));
		assertThat(steps).contains("calendar-unchecked");
		assertThat(visible(steps)).contains("注意：2029、2030年的国务院节假日安排尚未录入，期限暂按周一至周五计算。");
		assertThat(visible(http.get("/console/handovers/" + id + "?lang=en").body()))
			.contains("the State Council holiday notice for 2029, 2030 is not loaded yet");
	}

	@Test
	void theCheckPageOfOpeningHeadsOnce() {
		String page = http
			.post("/console/handovers/new",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.departing),
							"successorId", Long.toString(org.successor), "reason", "TRANSFER", "_csrf",
							csrf(http.get("/console/handovers/new"))))
			.body();
		String main = visible(page.substring(page.indexOf("<main"), page.indexOf("</main>")));
		assertThat(main.split("请确认发起交接", -1)).as(main).hasSize(2);
	}

	@Test
	void thePolicyIsNamedOneWay() throws IOException {
		assertThat(visible(http.get("/console/directory/units/" + org.department.id()).body())).contains("交接制度：")
			.doesNotContain("交接规则");
		Properties zh = new Properties();
		try (var in = new ClassPathResource("messages.properties").getInputStream()) {
			zh.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> twoNames = zh.stringPropertyNames()
			.stream()
			.filter(k -> zh.getProperty(k).contains("交接规则") || zh.getProperty(k).contains("提醒与督办制度")
					|| zh.getProperty(k).contains("本单位制度"))
			.sorted()
			.toList();
		assertThat(twoNames).as("交接制度 and 提醒与督办规则, each named one way").isEmpty();
	}

	private long open(long unitId) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(unitId, org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	private JsonNode api(String path, String bearer) {
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", bearer)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(answer.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new AssertionError(ex);
		}
	}

	/** A page or a form post as a browser sends it, signed in. */
	private HttpResponse<String> browse(RequestMethod verb, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", "zh-CN")
			.header("Cookie", "JSESSIONID=" + http.session());
		if (verb == RequestMethod.GET) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(verb.name(), HttpRequest.BodyPublishers.ofString("_csrf=" + token));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new AssertionError(ex);
		}
	}

	private static Set<RequestMethod> verbs(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
	}

	/** The path variables of the handler that take a number. */
	private static Set<String> numericVariables(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter p : method.getMethodParameters()) {
			PathVariable variable = p.getParameterAnnotation(PathVariable.class);
			Class<?> type = p.getParameterType();
			if (variable != null
					&& (type == long.class || type == Long.class || type == int.class || type == Integer.class)) {
				p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				String name = !variable.value().isEmpty() ? variable.value()
						: !variable.name().isEmpty() ? variable.name() : p.getParameterName();
				names.add(name);
			}
		}
		return names;
	}

	/** The pattern with "abc" for every number and a fair value for the rest. */
	private static String concrete(String pattern, Set<String> numeric) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value = numeric.contains(name) ? "abc" : name.equals("format") ? "pdf" : "default";
			m.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		m.appendTail(path);
		return path.toString();
	}

}
