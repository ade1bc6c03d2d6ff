package dev.baton.bot.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.baton.bot.access.Actor;
import dev.baton.bot.console.signin.LocalAccounts;

/**
 * The console over plain HTTP, for what a browser would not send: a form post without its
 * CSRF token, an old session id. Keeps its own cookie (the session id) and does not
 * follow redirects.
 */
public final class ConsoleHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private String session;

	ConsoleHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	ConsoleHttp session(String sessionId) {
		this.session = sessionId;
		return this;
	}

	String session() {
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** The HTML of a page that must answer 200. */
	public String page(String path) {
		HttpResponse<String> page = get(path);
		org.assertj.core.api.Assertions.assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** The HTML of one {@code <section class="card" id=...>} of a page. */
	public static String section(String page, String id) {
		int start = page.indexOf("<section class=\"card\" id=\"" + id + "\"");
		org.assertj.core.api.Assertions.assertThat(start).as("section " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	/** A page as a browser asks for it (Accept: text/html first). */
	HttpResponse<String> browse(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.GET());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** 取消交接 as the record page's form posts it. */
	public HttpResponse<String> cancel(long handoverId, String reason) {
		return post("/console/handovers/" + handoverId + "/cancel",
				form("reason", reason, "_csrf", csrf(get("/console/handovers/" + handoverId))));
	}

	/**
	 * A form post whose fields may repeat (ticked boxes of one name), in the order given:
	 * name, value, name, value…
	 */
	HttpResponse<String> postFields(String path, String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/**
	 * A client signed in as the official, through a console account made for the test
	 * with {@link ConsoleTestSupport#PASSWORD}.
	 */
	public static ConsoleHttp signedIn(int port, LocalAccounts accounts, long officialId) {
		ConsoleHttp http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, officialId, username, ConsoleTestSupport.PASSWORD);
		HttpResponse<String> signedIn = http.post("/console/signin", form("username", username, "password",
				ConsoleTestSupport.PASSWORD, "_csrf", csrf(http.get("/console/signin"))));
		if (signedIn.statusCode() != 302) {
			throw new AssertionError("could not sign in: HTTP " + signedIn.statusCode());
		}
		return http;
	}

	/** A page's text as read: no tags, no style, no script, entities as themselves. */
	static String visible(String html) {
		return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
			.replaceAll("<[^>]+>", " ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

	public static String csrf(HttpResponse<String> page) {
		Matcher m = CSRF.matcher(page.body());
		if (!m.find()) {
			throw new AssertionError("no CSRF token on the page: " + page.body());
		}
		return m.group(1);
	}

	public static Map<String, String> form(String... pairs) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		request.header("Accept-Language", "zh-CN");
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(c -> c.startsWith("JSESSIONID="))
				.findFirst()
				.ifPresent(c -> session = c.substring("JSESSIONID=".length(),
						c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
