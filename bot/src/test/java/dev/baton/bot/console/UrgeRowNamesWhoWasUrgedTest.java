package dev.baton.bot.console;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 16: the record's urge rows say whom the urge was sent to, by name
 * and part, as stored when it was sent (V52), not 发给1人: the departing official urged over
 * the checklist, the audit reviewers over their review; in English too. Renaming a
 * reviewer's role afterwards does not change whom the row says was urged.
 */
@DomainContext
@Import(StagedHandovers.class)
class UrgeRowNamesWhoWasUrgedTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	StagedHandovers staged;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	@Test
	void theUrgeRowNamesEveryoneUrgedWithTheirPart() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		long drafted = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		TestOrg second = new TestOrg(directory, actors, "default");
		long review = staged.inReview(second, List.of(Stated.work("数据质量提升")));
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.supervisor);
		ConsoleHttp other = ConsoleHttp.signedIn(port, accounts, second.organizer);

		urge(http, drafted, step(drafted, "CHECKLIST", null), "请本周内填完");
		String record = http.get("/console/handovers/" + drafted).body();
		assertThat(urgeRows(record)).singleElement()
			.asString()
			.contains("周监督催办，发给陈离任（离任干部）。请本周内填完")
			.doesNotContain("发给1人");
		assertThat(urgeRows(http.get("/console/handovers/" + drafted + "?lang=en").body())).singleElement()
			.asString()
			.contains("urged by 周监督, to 陈离任 (departing official). 请本周内填完");

		// a second audit reviewer over the unit: both are named, with their part
		long another = directory.addOfficial("韩审计", "市审计局副局长", second.city.id()).id();
		directory.assignRole(another, dev.baton.bot.directory.Role.REVIEWER, dev.baton.bot.directory.Department.AUDIT,
				second.city.id());
		urge(other, review, step(review, "REVIEW", "AUDIT"), "");
		String reviewed = other.get("/console/handovers/" + review).body();
		assertThat(urgeRows(reviewed)).singleElement()
			.asString()
			.contains("王组织催办，发给")
			.contains("孙审计（审计部门审核人）")
			.contains("韩审计（审计部门审核人）")
			.contains("、");

		// the people stay as sent, though the post changes hands afterwards
		jdbc.update("DELETE FROM role_assignment WHERE official_id = ?", another);
		assertThat(urgeRows(other.get("/console/handovers/" + review).body())).singleElement()
			.asString()
			.contains("韩审计（审计部门审核人）");
	}

	private void urge(ConsoleHttp http, long handover, long step, String note) {
		String page = "/console/handovers/" + handover;
		assertThat(http.post(page + "/steps/" + step + "/urge", form("note", note, "_csrf", csrf(http.get(page))))
			.statusCode()).isEqualTo(302);
		assertThat(http.get(page).body()).doesNotContain("id=\"refusal\"");
	}

	private long step(long handover, String kind, String subject) {
		return jdbc.queryForObject("SELECT id FROM waiting_step WHERE handover_id = ? AND kind = ? AND done_at IS NULL"
				+ " AND COALESCE(subject, '') = ?", Long.class, handover, kind, subject == null ? "" : subject);
	}

	private static List<String> urgeRows(String page) {
		return java.util.regex.Pattern.compile("<li class=\"urge-row\">([^<]*)</li>")
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

}
