package dev.baton.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows that belong to a test's own {@link TestOrg}s, table by table: their units (and
 * every unit below them), the officials there, their roles, chat identities and tokens,
 * the handovers of those units with their items, and the audit entries and notices of
 * those people and handovers. A test that shows an action "changed nothing" compares
 * these before and after, not whole tables that the other tests of its context write too.
 */
public final class OwnRows {

	private OwnRows() {
	}

	/** Row counts by table (and {@code official.active}: the active officials). */
	public static Map<String, Long> of(JdbcTemplate jdbc, TestOrg... orgs) {
		List<Object> roots = new ArrayList<>();
		StringBuilder under = new StringBuilder();
		for (TestOrg org : orgs) {
			for (long root : new long[] { org.city.id(), org.elsewhere.id() }) {
				under.append(under.isEmpty() ? "" : " OR ").append("path LIKE ?");
				roots.add("/" + root + "/%");
			}
		}
		String units = "SELECT id FROM org_unit WHERE " + under;
		String people = "SELECT id FROM official WHERE unit_id IN (" + units + ")";
		String handovers = "SELECT id FROM handover WHERE unit_id IN (" + units + ")";
		Map<String, Long> rows = new LinkedHashMap<>();
		rows.put("org_unit", count(jdbc, units, roots, 1));
		rows.put("official", count(jdbc, people, roots, 1));
		rows.put("official.active", count(jdbc, people + " AND active = TRUE", roots, 1));
		rows.put("role_assignment", count(jdbc, "SELECT id FROM role_assignment WHERE official_id IN (" + people
				+ ") OR scope_unit_id IN (" + units + ")", roots, 2));
		rows.put("chat_identity",
				count(jdbc, "SELECT id FROM chat_identity WHERE official_id IN (" + people + ")", roots, 1));
		rows.put("api_token", count(jdbc, "SELECT id FROM api_token WHERE official_id IN (" + people + ")", roots, 1));
		rows.put("handover", count(jdbc, handovers, roots, 1));
		rows.put("handover_item",
				count(jdbc, "SELECT id FROM handover_item WHERE handover_id IN (" + handovers + ")", roots, 1));
		rows.put("audit_log", count(jdbc,
				"SELECT seq FROM audit_log WHERE actor_id IN (" + people + ") OR handover_id IN (" + handovers + ")",
				roots, 2));
		rows.put("outbox", count(jdbc,
				"SELECT id FROM outbox WHERE recipient_id IN (" + people + ") OR handover_id IN (" + handovers + ")",
				roots, 2));
		return rows;
	}

	private static long count(JdbcTemplate jdbc, String select, List<Object> roots, int times) {
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			args.addAll(roots);
		}
		return jdbc.queryForObject("SELECT COUNT(*) FROM (" + select + ") own", Long.class, args.toArray());
	}

}
