package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20b, finding 7: the dashboard's 已发出的督办 follows its filter (the escalations
 * sent for the handovers shown), and when the filter leaves none it says so of the
 * handovers filtered, not "尚未发出督办" while an escalation was sent for another.
 */
@DomainContext
@Import(StagedHandovers.class)
class DashboardEscalationsFollowFilterTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Value("${local.server.port}")
	int port;

	@Test
	void theEscalationsSentFollowTheFilterAndItsNoneSaysSo() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// 10:00 on the day after the checklist was due: level 1 goes out, the handover is
		// red
		clock.set(java.time.Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		ConsoleHttp http = signedIn(org.organizer);

		for (String shown : List.of("/console/dashboard", "/console/dashboard?grade=RED")) {
			assertThat(section(page(http, shown))).as(shown).contains("交接" + id).contains("1级督办");
		}
		for (String none : List.of("/console/dashboard?grade=GREEN", "/console/dashboard?grade=YELLOW",
				"/console/dashboard?state=CANCELLED")) {
			assertThat(section(page(http, none))).as(none)
				.contains("筛选出的交接没有已发出的督办")
				.doesNotContain("尚未发出督办")
				.doesNotContain("1级督办");
		}
		assertThat(section(page(http, "/console/dashboard?grade=GREEN&lang=en")))
			.contains("No escalation has been sent for the handovers this filter shows.");
	}

	private ConsoleHttp signedIn(long officialId) {
		ConsoleHttp console = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, officialId, username, ConsoleTestSupport.PASSWORD);
		assertThat(console
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(console.get("/console/signin"))))
			.statusCode()).isEqualTo(302);
		return console;
	}

	private static String page(ConsoleHttp http, String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	/** The 已发出的督办 section as read: its words, without markup. */
	private static String section(String page) {
		int start = page.indexOf("id=\"escalations-heading\"");
		assertThat(start).as("the escalations section").isNotNegative();
		return page.substring(start, page.indexOf("</section>", start))
			.replaceAll("<[^>]+>", "")
			.replaceAll("\\s+", " ");
	}

}
