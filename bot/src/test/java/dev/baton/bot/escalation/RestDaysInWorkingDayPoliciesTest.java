package dev.baton.bot.escalation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.ConsoleHttp;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static dev.baton.bot.escalation.EscalationSupport.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 17, finding 9 (a 2级督办 dated on a Sunday): under a policy that counts its
 * deadlines in working days, a reminder or level whose time falls on a rest day of the
 * PRC calendar goes out on the next working day at the same hour, even on a ladder that
 * counts its levels in calendar days and sends at any hour; a make-up working Sunday (调休)
 * is a working day and it goes out then; the dashboard's 已发出的督办 says the moved time of
 * the next level. A calendar-day policy on the same ladder keeps the calendar day
 * (Saturday). Every stage still goes out once (claimed on the step's row).
 */
@DomainContext
class RestDaysInWorkingDayPoliciesTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	Policies policies;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	Outbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LocalAccounts accounts;

	@Value("${local.server.port}")
	int port;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void aStageOnARestDayGoesOutOnTheNextWorkingDayAtTheSameHour() {
		String ladder = ladder();
		String workingDays = policy(Period.workingDays(1), ladder);
		// one org, one departing official, for each handover
		TestOrg sundayOrg = new TestOrg(directory, actors, workingDays);
		TestOrg holidayOrg = new TestOrg(directory, actors, workingDays);
		TestOrg saturdayOrg = new TestOrg(directory, actors, workingDays);
		TestOrg calendar = new TestOrg(directory, actors, policy(Period.calendarDays(1), ladder));
		EscalationSupport support = new EscalationSupport(clock, sweep, outbox, json);
		Map<Long, String> people = Map.of(sundayOrg.departing, "W.departing", holidayOrg.departing, "W.departing",
				saturdayOrg.departing, "W.departing", calendar.departing, "C.departing");

		// Thursday 09-17: due Friday 09-18; level 1 two days later is Sunday 09-20, a
		// make-up working day
		long sunday = open(sundayOrg, "2026-09-17T10:00", "2026-09-18");
		sweepDaily("2026-09-18", "2026-09-27");
		// Monday 09-28: due Tuesday 09-29; level 1 falls on 国庆 (10-01), level 2 on
		// Sunday 10-11
		long holiday = open(holidayOrg, "2026-09-28T10:00", "2026-09-29");
		sweepDaily("2026-09-29", "2026-10-09");
		// 10-09: level 1 went out on 10-08; the dashboard says when level 2 goes out
		clock.set(beijing("2026-10-09T10:00"));
		String dashboard = ConsoleHttp.signedIn(port, accounts, holidayOrg.organizer).get("/console/dashboard").body();
		assertThat(dashboard).contains("2026-10-12 09:00发出2级督办").doesNotContain("2026-10-11 09:00发出");
		sweepDaily("2026-10-10", "2026-10-13");

		// Wednesday 11-25: due Thursday 11-26; level 1 falls on Saturday 11-28, under
		// both
		// policies
		long saturday = open(saturdayOrg, "2026-11-25T10:00", "2026-11-26");
		long calendarDays = open(calendar, "2026-11-25T10:00", "2026-11-26");
		sweepDaily("2026-11-26", "2026-12-09");

		assertThat(support.messages(people, sunday, holiday, saturday, calendarDays)).containsExactly(
				"09-20 09:00 ESCALATION L1 CHECKLIST#1 due 2026-09-18 → W.departing",
				"09-30 09:00 ESCALATION L2 CHECKLIST#1 due 2026-09-18 → W.departing",
				"10-08 09:00 ESCALATION L1 CHECKLIST#1 due 2026-09-29 → W.departing",
				"10-12 09:00 ESCALATION L2 CHECKLIST#1 due 2026-09-29 → W.departing",
				"11-28 09:00 ESCALATION L1 CHECKLIST#1 due 2026-11-26 → C.departing",
				"11-30 09:00 ESCALATION L1 CHECKLIST#1 due 2026-11-26 → W.departing",
				"12-08 09:00 ESCALATION L2 CHECKLIST#1 due 2026-11-26 → C.departing",
				"12-08 09:00 ESCALATION L2 CHECKLIST#1 due 2026-11-26 → W.departing");
	}

	/** Sweeps at 09:00 and 15:00 of every day from {@code first} to {@code last}. */
	/**
	 * Newcomer 19: the dashboard's 「2026-12-13 09:00发出2级督办」 on a Sunday read as a
	 * mistake; under a policy that counts calendar days it says so after a rest day.
	 */
	@Test
	void aNextLevelOnARestDayByCalendarDaysSaysSoOnTheDashboard() {
		TestOrg calendar = new TestOrg(directory, actors, policy(Period.calendarDays(1), ladder()));
		// Monday 11-30: due Tuesday 12-01; level 1 on Thursday 12-03, level 2 twelve days
		// after the due day: Sunday 12-13
		open(calendar, "2026-11-30T10:00", "2026-12-01");
		sweepDaily("2026-12-01", "2026-12-03");
		clock.set(beijing("2026-12-03T10:00"));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, calendar.organizer);
		assertThat(http.get("/console/dashboard").body()).contains("2026-12-13 09:00（按日历日）发出2级督办");
		assertThat(http.get("/console/dashboard?lang=en").body())
			.contains("level 2 goes out at 2026-12-13 09:00 (calendar days)");
	}

	private void sweepDaily(String first, String last) {
		for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
			for (String time : List.of("T09:00", "T15:00")) {
				clock.set(beijing(day + time));
				sweep.sweepDue();
			}
		}
	}

	private long open(TestOrg org, String at, String due) {
		clock.set(beijing(at));
		Handover h = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		handovers.acknowledge(org.actor(org.departing), h.id());
		assertThat(jdbc
			.queryForObject(
					"SELECT due_on FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST' AND done_at IS NULL",
					java.sql.Date.class, h.id())
			.toLocalDate()).hasToString(due);
		return h.id();
	}

	/**
	 * A ladder that counts its levels in calendar days and sends at any hour (as the
	 * seeded 紧急事项督办 does): level 1 two days after the due day, level 2 twelve days after,
	 * each to the one who owes the step; under a code of its own.
	 */
	private String ladder() {
		String code = "restdays" + Long.toString(System.nanoTime(), 36);
		String body = """
				{"code": "%s", "name": "休息日测试督办", "sendFrom": "08:30", "sendUntil": "18:00",
				 "ladder": {"urgent": true, "remindAt": "09:00", "remindersBefore": [], "levelUnit": "CALENDAR_DAYS",
				  "levels": [
				   {"level": 1, "after": 2, "notify": ["ACTOR"], "repeatEvery": 0, "repeatNotify": []},
				   {"level": 2, "after": 12, "notify": ["ACTOR"], "repeatEvery": 0, "repeatNotify": []}]},
				 "ladders": {}, "note": "测试"}""".formatted(code);
		jdbc.update("INSERT INTO escalation_policy (code, name, body, updated_at) VALUES (?, ?, ?, ?)", code, "休息日测试督办",
				body, "2026-09-01 00:00:00.000");
		return code;
	}

	/** The default policy with a checklist due in that period and the ladder given. */
	private String policy(Period checklist, String ladder) {
		HandoverPolicy p = policies.byCode("default");
		String code = "restdays" + Long.toString(System.nanoTime(), 36);
		Map<WaitingStepKind, Period> deadlines = new EnumMap<>(p.deadlines());
		deadlines.put(WaitingStepKind.CHECKLIST, checklist);
		HandoverPolicy own = new HandoverPolicy(code, "休息日测试（" + checklist.unit() + "）", p.templateCode(), deadlines,
				p.reviewers(), p.disputeRuler(), p.signers(), p.copies(), p.checkInMonths(), p.followUpYears(),
				p.publicity(), p.note(), ladder, p.maxExtension());
		jdbc.update("INSERT INTO handover_policy (code, name, body, updated_at) VALUES (?, ?, ?, ?)", code, own.name(),
				policies.toJson(own), "2026-09-01 00:00:00.000");
		return code;
	}

}
