package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import dev.baton.bot.directory.Role;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.escalation.StepOwners;
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
 * The record page in a supervisor's words (newcomer 12, items 12 and 13): a reminder the
 * sweep folded into a later one is said on the line of the message that stood for it,
 * which names whom it told, and shows no "0人"; the 延期 audit row shows the old and new due
 * days beside its reason; a stage entered says from which stage to which.
 */
@DomainContext
@Import(StagedHandovers.class)
class RecordPageSaysWhatHappenedTest {

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

	@Autowired
	StepOwners stepOwners;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void organization() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	/** Signed in when the test's clock has moved (a session lasts hours, not days). */
	private void signIn() {
		http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, org.organizer, username, ConsoleTestSupport.PASSWORD);
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(http.get("/console/signin"))))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void foldedRemindersExtensionsAndStagesAreSaidInWords() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// the checklist was due 12-07; the first sweep runs after it: the reminders
		// before
		// the due day are folded into the first escalation level
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		assertThat(stepOwners.notices(id)).anyMatch(n -> n.outcome().equals("MISSED"));
		signIn();
		assertThat(http
			.post("/console/handovers/" + id + "/extend",
					form("until", "2026-12-11", "reason", "离任干部住院", "_csrf",
							csrf(http.get("/console/handovers/" + id))))
			.statusCode()).isEqualTo(302);

		String page = page("/console/handovers/" + id);
		String history = page.substring(page.indexOf("id=\"supervision-heading\""), page.indexOf("id=\"audit\""));
		// console4a (newcomer 12, item 5): a folded stage is no line of its own, as if it
		// were a send to nobody; the message that stood for it says so, and whom it told
		assertThat(history).doesNotContain("并入后一次发出")
			.doesNotContain("· 0人")
			.doesNotContain("data-outcome=\"MISSED\"")
			.containsPattern("1级督办 · 已发给[^<]*陈离任[^<]*（合并了此前未单独发出的\\d次到期提醒）");
		String audit = page.substring(page.indexOf("id=\"audit\""));
		assertThat(audit).contains("填报交接清单期限：2026-12-07 → 2026-12-11").contains("离任干部住院");
		assertThat(audit).contains("由“待签收通知书”进入“填写清单中”");

		String english = page("/console/handovers/" + id + "?lang=en");
		assertThat(english)
			.containsPattern("level 1 escalation · sent to [^<]* \\(also for the \\d reminders not sent separately\\)")
			.contains("fill in the checklist due: 2026-12-07 → 2026-12-11");
	}

	/**
	 * Newcomer 15, item 9: a level's second round carries its missed first round; the
	 * line is that level, so it does not say it merged itself, and counts each kind once.
	 */
	@Test
	void aLineNeverSaysItMergedItsOwnLevel() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		// the first round of level 1 was missed and went out with the second (L1.2)
		// (the stages are recorded on the step's row since V54: key|level|outcome|…)
		List<Map<String, Object>> logged = jdbc.queryForList(
				"SELECT id, stage_log FROM waiting_step WHERE handover_id = ? AND stage_log LIKE '%L1|1|SENT|%'", id);
		assertThat(logged).hasSize(1);
		String log = (String) logged.get(0).get("stage_log");
		String sent = log.lines().filter(l -> l.startsWith("L1|1|SENT|")).findFirst().orElseThrow();
		String[] f = sent.split("\\|");
		jdbc.update("UPDATE waiting_step SET stage_log = ? WHERE id = ?",
				log.replace(sent, "L1.2|1|SENT|" + f[3] + "|" + f[4] + "|" + f[5]) + "L1|1|MISSED|" + f[3] + "|" + f[4]
						+ "|0\n",
				logged.get(0).get("id"));
		signIn();

		String page = page("/console/handovers/" + id);
		String history = page.substring(page.indexOf("id=\"supervision-heading\""), page.indexOf("id=\"audit\""));
		assertThat(history).containsPattern("1级督办 · 已发[^<]*（合并了此前未单独发出的\\d次到期提醒）")
			.doesNotContain("到期提醒、1级督办")
			.doesNotContain("次1级督办");
		String english = page("/console/handovers/" + id + "?lang=en");
		assertThat(english)
			.containsPattern("level 1 escalation · sent[^<]* \\(also for the \\d reminders not sent separately\\)")
			.doesNotContain("reminders, level 1 escalation")
			.doesNotContain("and the level 1 escalation");
	}

	/**
	 * Newcomer 22, findings 4 and 16: a stage folded into a later message whose kind (a
	 * 到期提醒, or the level itself) an earlier message of the step had already carried on
	 * its own is named as a later one of that kind, not as a kind never sent; each line
	 * still names whom it told (level 2 whom the ladder names).
	 */
	@Test
	void foldedStagesOfAKindAlreadySentAreNamedAsItsLaterOnes() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// the checklist is due 12-07: the reminder 3 working days before (12-02) goes out
		// on its own; the sweep is then down until the day after the due day, and level 1
		// carries the reminders of 12-04 and 12-07; down again until level 2 (12-11),
		// which carries level 1's daily repeats of 12-09 and 12-10
		clock.set(Instant.parse("2026-12-02T03:00:00Z"));
		sweep.sweepDue();
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		clock.set(Instant.parse("2026-12-11T03:00:00Z"));
		sweep.sweepDue();
		String log = jdbc.queryForObject(
				"SELECT stage_log FROM waiting_step WHERE handover_id = ? AND kind = 'CHECKLIST'", String.class, id);
		assertThat(log).as("what the sweeps recorded")
			.contains("R3|0|SENT|")
			.contains("R1|0|MISSED|")
			.contains("L1|1|SENT|")
			.contains("L1.2|1|MISSED|")
			.contains("L2|2|SENT|");
		signIn();

		String history = historyOf(page("/console/handovers/" + id));
		assertThat(history).containsPattern("到期提醒 · 已发给陈离任<")
			.containsPattern("1级督办 · 已发给陈离任、王组织（合并了此前未单独发出的2次后续到期提醒）")
			.containsPattern("2级督办 · 已发给[^<（]*（合并了此前未单独发出的1级督办的2次后续提醒）")
			.doesNotContain("（合并了此前未单独发出的2次到期提醒）")
			.doesNotContain("次1级督办");
		// level 2 tells the discipline reviewer and the supervisor (the ladder), and the
		// one who owes the step for the repeats it carries; the organizer had level 1
		String level2 = history.substring(history.indexOf("2级督办 · "));
		level2 = level2.substring(0, level2.indexOf('<'));
		assertThat(level2).contains("赵纪检").contains("周监督").contains("陈离任").doesNotContain("王组织");

		String english = historyOf(page("/console/handovers/" + id + "?lang=en"));
		assertThat(english)
			.containsPattern(
					"level 1 escalation · sent to [^<]* \\(also for the 2 later reminders not sent separately\\)")
			.containsPattern("level 2 escalation · sent to [^<]* \\(also for the 2 later repeats of the level 1"
					+ " escalation not sent separately\\)");
	}

	@Test
	void aKindNeverSentOnItsOwnIsStillSaidNotSentSeparately() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// no reminder went out: level 1 carries them all, and they were indeed never sent
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		signIn();
		String history = historyOf(page("/console/handovers/" + id));
		assertThat(history).containsPattern("1级督办 · 已发给陈离任、王组织（合并了此前未单独发出的3次到期提醒）").doesNotContain("后续");
	}

	/**
	 * A level that told nobody because the unit's only supervisor is the handover's
	 * successor (and its discipline reviewer has left) reads as that on the record, not
	 * as a post nobody holds (branch h5: parties never watch their own handover).
	 */
	@Test
	void aLevelWhoseOnlySupervisorIsAPartyIsNotSaidToBeVacant() {
		directory.rolesOf(org.supervisor)
			.stream()
			.filter(r -> r.role() == Role.SUPERVISOR)
			.forEach(r -> directory.removeRole(r.id()));
		directory.deactivate(org.disciplineReviewer);
		directory.assignRole(org.successor, Role.SUPERVISOR, null, org.city.id());
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// due 12-07: level 1 on 12-08, its repeats, level 2 on 12-11 at 09:00
		for (String day : List.of("2026-12-08T03:00:00Z", "2026-12-09T01:00:00Z", "2026-12-10T01:00:00Z",
				"2026-12-11T01:00:00Z")) {
			clock.set(Instant.parse(day));
			sweep.sweepDue();
		}
		assertThat(stepOwners.notices(id)).anyMatch(n -> n.stage().equals("L2") && n.outcome().equals("PARTIES"));
		signIn();

		String page = page("/console/handovers/" + id);
		String history = page.substring(page.indexOf("id=\"supervision-heading\""), page.indexOf("id=\"audit\""));
		assertThat(history).contains("2级督办 · 未发出：督办岗位只有本交接的当事人").doesNotContain("无人在岗");
		assertThat(page).contains("督办岗位无人可送").doesNotContain("督办无人在岗");
		String english = page("/console/handovers/" + id + "?lang=en");
		assertThat(english)
			.contains("level 2 escalation · not sent: the only holders of the post are parties of this handover")
			.doesNotContain("post vacant");
	}

	/**
	 * A refused form on the record comes back as it was typed (newcomer 15: the note of
	 * an urge refused as too soon was gone, the chosen successor back to 请选择).
	 */
	@Test
	void refusedUrgeAndSuccessorFormsKeepWhatWasTyped() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		signIn();
		String record = "/console/handovers/" + id;
		String first = page(record);
		java.util.regex.Matcher urge = java.util.regex.Pattern
			.compile("action=\"(/console/handovers/" + id + "/steps/(\\d+)/urge)\"")
			.matcher(first);
		assertThat(urge.find()).as("the record offers an urge").isTrue();
		String token = csrf(http.get(record));
		assertThat(http.post(urge.group(1), form("note", "请今天下班前提交清单", "_csrf", token)).statusCode()).isEqualTo(302);
		assertThat(page(record)).doesNotContain("id=\"refusal\"");
		assertThat(http.post(urge.group(1), form("note", "再催一次", "_csrf", token)).statusCode()).isEqualTo(302);
		String refused = page(record);
		assertThat(refused).contains("id=\"refusal\"");
		assertThat(refused).containsPattern("id=\"note-" + urge.group(2) + "\"[^>]*value=\"再催一次\"");

		java.util.regex.Matcher candidate = java.util.regex.Pattern
			.compile("(?s)id=\"successor-id\".*?<option value=\"(\\d+)\"")
			.matcher(refused);
		assertThat(candidate.find()).as("the record offers a new successor").isTrue();
		assertThat(
				http.post(record + "/successor", form("successorId", candidate.group(1), "reason", "", "_csrf", token))
					.statusCode())
			.isEqualTo(302);
		String noReason = page(record);
		assertThat(noReason).contains("id=\"refusal\"");
		assertThat(noReason).containsPattern("<option value=\"" + candidate.group(1) + "\"[^>]*selected");
		assertThat(page(record)).doesNotContain("id=\"refusal\"");
	}

	private static String historyOf(String page) {
		return page.substring(page.indexOf("id=\"supervision-heading\""), page.indexOf("id=\"audit\""));
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
