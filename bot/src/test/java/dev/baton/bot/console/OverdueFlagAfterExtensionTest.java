package dev.baton.bot.console;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 8: after 延期 of an overdue checklist the 久拖不交 banner on the record
 * page sat in a green box and still said "overdue since": a discipline flag is a warning,
 * and once the step is extended it says the days it was overdue (from the day after the
 * old due day to the day of the extension) and to when and by whom it was extended; the
 * flag itself stays.
 */
@DomainContext
@Import(StagedHandovers.class)
class OverdueFlagAfterExtensionTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theFlagIsAWarningAndSaysTheOverduePeriodAndTheExtension() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T03:00:00Z")); // the checklist due 12-07
		sweep.sweepDue(); // raises 久拖不交
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'OVERDUE_HANDOVER'", Long.class,
				id))
			.isEqualTo(1);

		clock.set(Instant.parse("2026-12-09T02:00:00Z"));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String before = flags(http, id);
		assertThat(before).as("a discipline flag is never in the green box")
			.startsWith("<ul id=\"flag-reasons\" class=\"warning\">")
			.doesNotContain("class=\"note\"")
			.contains("久拖不交（2026-12-08记）")
			.as("nothing extended yet")
			.doesNotContain("flag-extended");

		assertThat(http
			.post("/console/handovers/" + id + "/extend",
					form("until", "2026-12-11", "reason", "离任干部住院", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);

		String after = flags(http, id);
		assertThat(after).startsWith("<ul id=\"flag-reasons\" class=\"warning\">")
			.as("the flag stays on the record, with the days it was overdue and the extension")
			.contains("data-flag=\"OVERDUE_HANDOVER\"")
			.contains("久拖不交（2026-12-08记）")
			.contains("<span class=\"flag-extended\">逾期期间：2026-12-08至2026-12-09；2026-12-09由王组织延期至2026-12-11。</span>");
	}

	/** The flag banner of the record page, as served. */
	private static String flags(ConsoleHttp http, long id) {
		var page = http.get("/console/handovers/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("<ul id=\"flag-reasons\"");
		assertThat(start).as("the flag banner").isNotNegative();
		return body.substring(start, body.indexOf("</ul>", start));
	}

}
