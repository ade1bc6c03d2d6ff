package dev.baton.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.web.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer of one county cannot reach another county's handover through any route:
 * every {@code /api/**} route (with the reviewer's bearer token) and every
 * {@code /console/**} route (signed in to the console, with the form's CSRF token), read
 * from the running application's request mappings, so a route added later is covered
 * without touching this test. Path variables name the other county's handover, its unit,
 * its officials and their records; no answer may carry the handover's content, and
 * nothing about it changes. The same reviewer's county colleague does see it (the markers
 * are real).
 */
@DomainContext
class ScopeOverEveryRouteTest extends ConsoleTestSupport {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aReviewerOfAnotherCountyReachesNoneOfThisCountysHandoverThroughAnyRoute() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String departingName = "卜秘密" + tag;
		String successorName = "甘接" + tag;
		TestOrg county = new TestOrg(directory, actors, "default", new TestOrg.Names("甲县", "甲县统计局" + tag,
				"COUNTY_DEPARTMENT", departingName, "甲县统计局局长", successorName, "甲县统计局局长（拟任）"));
		String organizerToken = tokens.issue(county.organizer, "scope test");
		HttpResponse<String> opened = send("POST", "/api/handovers", "Bearer " + organizerToken, null,
				"{\"unitId\":" + county.department.id() + ",\"departingId\":" + county.departing + ",\"successorId\":"
						+ county.successor + ",\"reason\":\"TRANSFER\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		long handover = Long.parseLong(opened.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
		directory.bindIdentity("WECOM", "scope-corp-" + tag, "u-" + tag, county.departing);
		long identity = directory.identitiesOf(county.departing).get(0).id();
		long role = directory.rolesOf(county.organizer).get(0).id();
		Map<String, String> before = snapshot(handover, county);

		// the control: a reviewer of this county sees the handover, so the markers below
		// can be found
		String insider = "Bearer " + tokens.issue(county.auditReviewer, "scope test");
		HttpResponse<String> seen = send("GET", "/api/handovers/" + handover, insider, null, null);
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(seen.body()).contains(departingName);

		// the outsider: the audit reviewer of another county (TestOrg's "elsewhere"), by
		// token and by console session
		long outsider = county.outsideAuditReviewer;
		String bearer = "Bearer " + tokens.issue(outsider, "scope test");
		String username = account(outsider);
		ConsoleHttp console = new ConsoleHttp(port);
		String signInToken = ConsoleHttp.csrf(console.get("/console/signin"));
		assertThat(console
			.post("/console/signin", ConsoleHttp.form("username", username, "password", PASSWORD, "_csrf", signInToken))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> home = console.get("/console");
		assertThat(home.statusCode()).isEqualTo(200);
		String csrf = ConsoleHttp.csrf(home);

		Map<String, String> values = new LinkedHashMap<>();
		values.put("handover", Long.toString(handover));
		values.put("unit", Long.toString(county.department.id()));
		values.put("official", Long.toString(county.departing));
		values.put("identity", Long.toString(identity));
		values.put("role", Long.toString(role));

		// the organizer's actions with bodies that pass validation, so only the
		// permission can refuse them
		Map<String, String> bodies = Map.of("/api/handovers/{id}/cancel", "{\"reason\":\"越权测试\"}",
				"/api/handovers/{id}/extend", "{\"days\":5,\"unit\":\"WORKING_DAYS\",\"reason\":\"越权测试\"}",
				"/api/handovers/{id}/successor", "{\"successorId\":" + county.stranger + ",\"reason\":\"越权测试\"}");
		List<String> table = new ArrayList<>();
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				boolean api = pattern.startsWith("/api/");
				boolean page = pattern.equals("/console") || pattern.startsWith("/console/");
				if (!api && !page) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					String path = concrete(pattern, values);
					routes.add(method + " " + pattern);
					HttpResponse<String> answer;
					if (api) {
						answer = send(method.name(), path, bearer, null,
								method == RequestMethod.GET ? null : bodies.getOrDefault(pattern, "{}"));
					}
					else {
						answer = send(method.name(), path, null, console.session(),
								method == RequestMethod.GET ? null : "_csrf=" + csrf);
					}
					table.add(method + " " + path + " → " + answer.statusCode());
					assertThat(answer.body())
						.as(method + " " + path + " (" + answer.statusCode() + ") shows the other county's handover")
						.doesNotContain(departingName)
						.doesNotContain(successorName)
						.doesNotContain("甲县统计局" + tag);
					assertThat(answer.statusCode()).as(method + " " + path).isNotEqualTo(500);
					if (pattern.startsWith("/api/handovers/{id}")) {
						// anything about the handover itself: refused as not permitted
						// (or not found), whatever the body
						assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isIn(403, 404);
					}
				}
			}
		}
		table.forEach(System.out::println);
		assertThat(routes).as("the API routes and the console's pages")
			.anyMatch(r -> r.contains(" /api/handovers/{id}"))
			.anyMatch(r -> r.contains(" /console"))
			.hasSizeGreaterThan(40);
		assertThat(snapshot(handover, county)).as("nothing about the handover changed").isEqualTo(before);
		assertThat(console.get("/console").statusCode()).as("the session survived the sweep").isEqualTo(200);
	}

	/**
	 * The pattern with its variables filled: the other county's handover, unit, official
	 * and records.
	 */
	private static String concrete(String pattern, Map<String, String> values) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String before = pattern.substring(0, m.start());
			String value;
			if (name.equals("unitId") || before.startsWith("/api/directory/units/")
					|| before.startsWith("/api/units/")) {
				value = values.get("unit");
			}
			else if (before.startsWith("/api/directory/officials/") && name.equals("id")) {
				value = values.get("official");
			}
			else if (name.equals("officialId")) {
				// the console's directory pages (console3b):
				// /console/directory/officials/{officialId}/…
				value = values.get("official");
			}
			else if (name.equals("identityId")) {
				value = values.get("identity");
			}
			else if (name.equals("roleId")) {
				value = values.get("role");
			}
			else if (name.equals("format")) {
				value = "pdf";
			}
			else if (name.equals("code")) {
				value = "default";
			}
			else {
				value = values.get("handover");
			}
			m.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		m.appendTail(path);
		return path.toString();
	}

	private Map<String, String> snapshot(long handover, TestOrg county) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("handover", jdbc.queryForMap("SELECT * FROM handover WHERE id = ?", handover).toString());
		state.put("audit", Long.toString(count("SELECT COUNT(*) FROM audit_log WHERE handover_id = ?", handover)));
		state.put("official",
				jdbc.queryForMap("SELECT name, post, unit_id, active FROM official WHERE id = ?", county.departing)
					.toString());
		state.put("identities",
				Long.toString(count("SELECT COUNT(*) FROM chat_identity WHERE official_id = ?", county.departing)));
		state.put("roles", jdbc
			.queryForList("SELECT id FROM role_assignment WHERE scope_unit_id = ? ORDER BY id", county.city.id())
			.toString());
		state.put("tokens",
				Long.toString(count("SELECT COUNT(*) FROM api_token WHERE official_id = ? AND revoked_at IS NULL",
						county.organizer)));
		return state;
	}

	private HttpResponse<String> send(String method, String path, String bearer, String session, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "zh-CN");
		if (bearer != null) {
			request.header("Authorization", bearer).header("Content-Type", "application/json");
		}
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session)
				.header("Content-Type", "application/x-www-form-urlencoded");
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
