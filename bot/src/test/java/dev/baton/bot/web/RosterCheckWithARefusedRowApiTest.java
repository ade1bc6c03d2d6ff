package dev.baton.bot.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check of a roster with one refused row (newcomer 20b, findings 8 and 9): the summary
 * still counts what the other rows would do, each unit is reported by its own state (the
 * unit of a row refused for its person's mobile still exists), and the import of that
 * file changes nothing.
 */
class RosterCheckWithARefusedRowApiTest extends RosterApiSupport {

	@Test
	void theGoodRowsAreCountedAndEachUnitKeepsItsOwnState() {
		String city = city();
		byte[] roster = new RosterXlsx().row("财政局", city, "李财政", "局长", mobile(), "财政审核", userId("li"), null)
			.row("市统计局", city, "陈离任", "市统计局局长", "1234", null, null, null)
			.row("审计局", city, "赵审计", "局长", mobile(), null, null, userId("Zhao"))
			.row("城关镇", city + "/无此单位", null, null, null, null, null, null)
			.bytes();
		String admin = token(org.admin);
		List<Long> before = directoryCounts();

		JsonNode report = checked(admin, roster);
		assertThat(report.path("importable").asBoolean()).isFalse();
		problem(report, 3, "roster.row.mobileMalformed");
		problem(report, 5, "roster.row.parentUnknown");
		JsonNode summary = report.path("summary");
		assertThat(summary.path("refused").asInt()).isEqualTo(2);
		assertThat(summary.path("unitsCreated").asInt()).as(summary.toString()).isEqualTo(2);
		assertThat(summary.path("officialsCreated").asInt()).as(summary.toString()).isEqualTo(2);
		assertThat(summary.path("officialsChanged").asInt()).as(summary.toString()).isZero();
		assertThat(summary.path("rolesAdded").asInt()).as(summary.toString()).isEqualTo(1);
		assertThat(summary.path("accountsBound").asInt()).as(summary.toString()).isEqualTo(2);
		assertThat(unit(report, city + "/市统计局").path("outcome").asString()).as(report.path("units").toString())
			.isEqualTo("UNCHANGED");
		assertThat(unit(report, city + "/财政局").path("outcome").asString()).isEqualTo("CREATED");
		assertThat(report.path("units").toString()).doesNotContain("\"UNCHANGED\",\"code\":null");
		for (JsonNode unit : report.path("units")) {
			if (unit.path("path").asString().contains("无此单位")) {
				assertThat(unit.path("outcome").asString()).isEqualTo("REFUSED");
			}
		}
		assertThat(directoryCounts()).as("a check changes nothing").isEqualTo(before);

		// the import of the same file refuses it whole: the good rows are not imported
		// either
		JsonNode refused = assertProblem(upload(IMPORT, admin, roster), 422, "roster.refused");
		assertThat(directoryCounts()).as("a refused import changes nothing").isEqualTo(before);
		assertThat(refused.toString()).contains("mobileMalformed");
	}

	private static JsonNode unit(JsonNode report, String path) {
		for (JsonNode unit : report.path("units")) {
			if (unit.path("path").asString().equals(path)) {
				return unit;
			}
		}
		throw new AssertionError("no unit " + path + " in " + report.path("units"));
	}

}
