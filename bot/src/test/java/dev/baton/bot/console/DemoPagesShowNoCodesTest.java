package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.access.Actor;
import dev.baton.bot.console.signin.LocalAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No internal code on a console page (#17, newcomer 12: CITY_DEPARTMENT, policy codes
 * such as shizuishan, template codes): the demo as {@code spring-boot:run} starts it (the
 * embedded default with the demo data), walked page by page from the home page by its
 * administrator over every unit, in Chinese and in English. A page's text may not hold a
 * word of capitals and underscores ({@code [A-Z_]{4,}}) nor a policy's or template's
 * code; codes inside form values, links and {@code <code>} (the API's paths) are allowed.
 */
class DemoPagesShowNoCodesTest {

	private static final Pattern HREF = Pattern.compile("href=\"(/console[^\"#]*)");

	private static final Pattern CAPITALS = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z_]{3,}(?![A-Za-z0-9_])");

	/** Words of capitals that are words: the API, file formats, the HTTP header. */
	private static final Set<String> WORDS = Set.of("REST", "JSON", "HTTP", "HTTPS", "HTML", "XLSX", "CSRF");

	private static final int PAGES_MAX = 120;

	@TempDir
	Path dataDir;

	@Test
	void noPageOfTheDemoShowsACode() {
		try (ConfigurableApplicationContext baton = new SpringApplicationBuilder(BatonApplication.class)
			.run("--baton.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=demo")) {
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);
			long admin = jdbc.queryForObject("SELECT id FROM official WHERE name = '吴强'", Long.class);
			baton.getBean(LocalAccounts.class).create(Actor.SYSTEM, admin, "wuqiang", ConsoleTestSupport.PASSWORD);
			List<String> codes = new ArrayList<>(jdbc.queryForList("SELECT code FROM handover_policy", String.class));
			codes.addAll(jdbc.queryForList("SELECT DISTINCT code FROM checklist_template", String.class));
			assertThat(codes).contains("shizuishan", "default");
			Pattern known = Pattern.compile("(?<![A-Za-z0-9_-])("
					+ String.join("|", codes.stream().map(Pattern::quote).toList()) + ")(?![A-Za-z0-9_-])");

			ConsoleHttp http = new ConsoleHttp(
					Integer.parseInt(baton.getEnvironment().getProperty("local.server.port")));
			assertThat(http
				.post("/console/signin",
						form("username", "wuqiang", "password", ConsoleTestSupport.PASSWORD, "_csrf",
								csrf(http.get("/console/signin"))))
				.statusCode()).isEqualTo(302);

			List<String> found = new ArrayList<>();
			Set<String> seen = walk(http, "zh-CN", found, known);
			assertThat(seen).as("pages walked").hasSizeGreaterThan(20);
			walk(http, "en", found, null);
			assertThat(found).as("codes shown on the demo's pages").isEmpty();
		}
	}

	/** Every page reachable from the home page, in one language; what shows a code. */
	private static Set<String> walk(ConsoleHttp http, String language, List<String> found, Pattern known) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(List.of("/console"));
		while (!next.isEmpty() && seen.size() < PAGES_MAX) {
			String path = next.poll();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> page = http.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(page.statusCode()).as(path + " (" + language + ")").isIn(200, 403);
			String body = page.body();
			Matcher link = HREF.matcher(body);
			while (link.find()) {
				String href = link.group(1).replace("&amp;", "&").replaceAll("[?&]lang=[^&]*", "");
				if (!href.contains("signout") && !href.contains("/signin") && !href.contains("/assets/")
						&& !href.contains("/documents/") && !href.endsWith(".xlsx") && !href.contains("print=")
						&& !seen.contains(href)) {
					next.add(href);
				}
			}
			String text = shown(body);
			Matcher capitals = CAPITALS.matcher(text);
			while (capitals.find()) {
				if (!WORDS.contains(capitals.group())) {
					found.add(language + " " + path + ": «" + around(text, capitals) + "»");
				}
			}
			if (known != null) {
				Matcher code = known.matcher(text);
				while (code.find()) {
					found.add(language + " " + path + ": code «" + around(text, code) + "»");
				}
			}
		}
		return seen;
	}

	private static String around(String text, Matcher m) {
		return text.substring(Math.max(0, m.start() - 25), Math.min(text.length(), m.end() + 25)).strip();
	}

	/**
	 * What a page shows: no markup, no attribute values, no script or style, nothing
	 * inside {@code <code>}, {@code <pre>}, {@code <option value>} values or
	 * {@code <textarea>} (what was typed).
	 */
	private static String shown(String html) {
		return html.replaceAll("(?s)<(script|style|code|pre|textarea)[^>]*>.*?</\\1>", " ")
			.replaceAll("<[^>]+>", " ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

}
