package dev.baton.bot.web;

import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration endpoints over real HTTP: the global ones (audit chain, national
 * calendar, platform check) are for administrators over every unit (the root scope); a
 * unit's administrator is refused like anyone else.
 */
@DomainContext
class AdminApiTest extends ApiTestSupport {

	@Test
	void aRootAdministratorVerifiesTheAuditChainAUnitAdministratorMayNot() {
		opened(token(org.organizer), org.department.id(), org.departing, org.successor);

		Reply reply = api.get("/api/admin/audit/verify").token(token(org.rootAdmin(directory))).send();

		assertJson(reply, 200);
		assertThat(reply.json().path("intact").asBoolean()).isTrue();
		assertThat(reply.json().path("rowsChecked").asLong()).isPositive();
		assertProblem(api.get("/api/admin/audit/verify").token(token(org.organizer)).send(), 403,
				"access.denied.VERIFY_AUDIT_LOG");
		assertProblem(api.get("/api/admin/audit/verify").token(token(org.admin)).send(), 403,
				"access.denied.VERIFY_AUDIT_LOG");
	}

	@Test
	void aUnitAdministratorCannotAddACalendarYearButARootAdministratorCan() {
		int year = 2900 + (int) (System.nanoTime() % 99);
		String body = ApiClient.json(Map.of("year", year, "source", "国务院办公厅通知（测试）", "holidays",
				List.of(Map.of("name", "元旦", "from", year + "-01-01", "to", year + "-01-01")), "makeupWorkdays",
				List.of()));
		String rootAdmin = token(org.rootAdmin(directory));

		assertProblem(api.post("/api/admin/calendar/years").token(token(org.organizer)).body(body).send(), 403,
				"access.denied.MANAGE_CALENDAR");
		Reply unitAdmin = api.post("/api/admin/calendar/years").token(token(org.admin)).body(body).english().send();
		assertProblem(unitAdmin, 403, "access.denied.MANAGE_CALENDAR");
		assertThat(unitAdmin.json().path("detail").asString()).contains("every unit");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_year WHERE notice_year = ?", Integer.class, year))
			.as("refused: nothing added")
			.isZero();

		assertThat(api.post("/api/admin/calendar/years").token(rootAdmin).body(body).send().status()).isEqualTo(201);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_year WHERE notice_year = ?", Integer.class, year))
			.isEqualTo(1);
		assertProblem(api.post("/api/admin/calendar/years").token(rootAdmin).body(body).send(), 400,
				"calendar.yearExists");
		assertProblem(api.post("/api/admin/calendar/years")
			.token(rootAdmin)
			.body(ApiClient.json(Map.of("year", 1999, "source", "", "holidays", List.of())))
			.send(), 400, "api.validation");
	}

	@Test
	void onlyARootAdministratorChecksThePlatforms() {
		assertProblem(api.get("/api/admin/platforms/check").token(token(org.admin)).send(), 403,
				"access.denied.CHECK_PLATFORMS");
		assertJson(api.get("/api/admin/platforms/check").token(token(org.rootAdmin(directory))).send(), 200);
	}

}
