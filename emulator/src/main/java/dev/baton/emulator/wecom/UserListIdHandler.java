package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /cgi-bin/user/list_id} (doc 96067): {@code {"cursor", "limit"}} → every
 * member's userid with each of their departments, one row per pair, {@code limit} rows
 * (1–10000) a page, {@code next_cursor} empty on the last page. Only the contact-sync
 * helper's token may call it; an app's token gets 48002.
 */
final class UserListIdHandler implements ApiHandler {

	static final int MAX_LIMIT = 10_000;

	private static final String CURSOR_PREFIX = "list_id:";

	private final WeComAuth auth;

	private final ContactViews views;

	UserListIdHandler(WeComAuth auth, ContactViews views) {
		this.auth = auth;
		this.views = views;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComCaller caller = auth.caller(request);
		auth.admit(request);
		if (!caller.isContactSync()) {
			throw WeComErrors.of(WeComErrors.API_FORBIDDEN,
					"api forbidden: user/list_id is called with the contact-sync secret's token only");
		}
		JsonNode body = request.json();
		int limit = limit(body);
		int offset = offset(Json.text(body, "cursor"));
		List<String[]> rows = rows(views.directory());
		if (offset > rows.size()) {
			throw WeComErrors.invalid("cursor");
		}
		int end = Math.min(rows.size(), offset + limit);
		ObjectNode answer = ApiResponse.ok();
		answer.put("next_cursor", end < rows.size() ? cursor(end) : "");
		ArrayNode page = answer.putArray("dept_user");
		for (String[] row : rows.subList(offset, end)) {
			ObjectNode entry = page.addObject();
			entry.put("userid", row[0]);
			entry.put("department", ContactViews.number(row[1]));
		}
		return ApiResponse.json(answer);
	}

	private static int limit(JsonNode body) {
		Long limit;
		try {
			limit = Json.longValue(body, "limit");
		}
		catch (NumberFormatException e) {
			throw WeComErrors.invalid("limit");
		}
		if (limit == null) {
			return MAX_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw WeComErrors.invalid("limit must be 1 to " + MAX_LIMIT);
		}
		return limit.intValue();
	}

	/**
	 * The members of every department, each once, by userid; a row per (member,
	 * department).
	 */
	private static List<String[]> rows(Directory directory) {
		Map<String, Directory.Member> members = new LinkedHashMap<>();
		for (Directory.Department department : directory.departments()) {
			for (Directory.Member member : directory.membersOf(department.id())) {
				members.putIfAbsent(member.userId().toLowerCase(java.util.Locale.ROOT), member);
			}
		}
		return members.values()
			.stream()
			.sorted(Comparator.comparing(Directory.Member::userId))
			.flatMap(m -> m.departmentIds()
				.stream()
				.filter(d -> directory.department(d).isPresent())
				.map(d -> new String[] { m.userId(), d }))
			.toList();
	}

	private static String cursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static int offset(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!decoded.startsWith(CURSOR_PREFIX)) {
				throw WeComErrors.invalid("cursor");
			}
			int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
			if (offset < 0) {
				throw WeComErrors.invalid("cursor");
			}
			return offset;
		}
		catch (IllegalArgumentException e) {
			throw WeComErrors.invalid("cursor");
		}
	}

}
