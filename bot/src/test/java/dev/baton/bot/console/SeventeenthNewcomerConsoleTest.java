package dev.baton.bot.console;

import java.net.http.HttpResponse;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static dev.baton.bot.console.ConsoleHttp.visible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 17's console findings (fixc17b): the record's 更换接任人 list offers the officials
 * of the handover's unit and of the units the organizer governs (a transfer), grouped by
 * unit, and says so with a link when there is nobody.
 */
@DomainContext
class SeventeenthNewcomerConsoleTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	HandoverService handovers;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theSuccessorListOffersTheCityByUnitAndATransferIsDone() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		long transferred = directory.addOfficial("马调入", "市统计局副局长（拟调任）", org.city.id()).id();
		long far = directory.addOfficial("外单位", "另一市某局局长", org.elsewhere.id()).id();
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String page = http.get("/console/handovers/" + id).body();
		String select = page.substring(page.indexOf("id=\"successor-id\""),
				page.indexOf("</select>", page.indexOf("id=\"successor-id\"")));
		// the unit's own people first, then the city's, each under its unit's name (one
		// a successor comes from by transfer says so, newcomer 21 #25)
		assertThat(select).contains("<optgroup label=\"" + org.department.name() + "\"")
			.contains("<optgroup label=\"" + org.city.name() + "（从其他单位调任）\"")
			.contains("value=\"" + org.stranger + "\"")
			.contains("value=\"" + transferred + "\"")
			.contains("value=\"" + org.financeReviewer + "\"")
			.doesNotContain("value=\"" + org.departing + "\"")
			.doesNotContain("value=\"" + org.successor + "\"")
			.doesNotContain("value=\"" + org.organizer + "\"")
			.doesNotContain("value=\"" + far + "\"");
		assertThat(select.indexOf(org.department.name())).isLessThan(select.indexOf(org.city.name()));
		assertThat(page).doesNotContain("id=\"successor-none\"");

		// the transfer from the city is done
		HttpResponse<String> done = http.post("/console/handovers/" + id + "/successor", form("successorId",
				Long.toString(transferred), "reason", "从市统计局调任", "_csrf", csrf(http.get("/console/handovers/" + id))));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(visible(http.get("/console/handovers/" + id).body())).contains("已更换接任人为马调入");
		assertThat(jdbc.queryForObject("SELECT successor_id FROM handover WHERE id = ?", Long.class, id))
			.isEqualTo(transferred);
	}

	@Test
	void whenNobodyMayBeChosenThePageSaysSoAndLinksToAddingAnOfficial() {
		OrgUnit lonely = directory.createUnit(null, "lonely-" + System.nanoTime(), "孤县（测试）", "CITY");
		directory.assignPolicy(lonely.id(), "default");
		long organizer = directory.addOfficial("郑组织", "县委组织部干部", lonely.id()).id();
		directory.assignRole(organizer, Role.ORGANIZER, null, lonely.id());
		long departing = directory.addOfficial("甲离任", "县局局长", lonely.id()).id();
		long successor = directory.addOfficial("乙接任", "县局副局长", lonely.id()).id();
		long id = handovers
			.open(actors.of(organizer), new OpenRequest(lonely.id(), departing, successor, HandoverReason.TRANSFER))
			.id();
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, organizer);
		String page = http.get("/console/handovers/" + id).body();
		assertThat(page).contains("id=\"successor-none\"")
			.contains("href=\"/console/directory/units/" + lonely.id() + "#add-official-box\"");
		assertThat(visible(page)).contains("没有可选的干部").contains("到本单位添加干部");
	}

	@Test
	void theDashboardHeadsItsHandoversOnce() {
		handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		String page = ConsoleHttp.signedIn(port, accounts, org.organizer).get("/console/dashboard").body();
		int heading = page.indexOf("id=\"handovers-heading\"");
		String head = page.substring(heading, page.indexOf("</thead>", heading));
		assertThat(head).doesNotContain("<caption");
		String words = visible("<h2 " + head.substring(0, head.indexOf("<th")));
		assertThat(words.split("交接", -1)).as("交接 once above the table: " + words).hasSize(2);
	}

	@Test
	void theOfficialPageListsTheUnitsAsOneTreeTheOwnUnitChosen() {
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String page = http.get("/console/directory/officials/" + org.departing).body();
		String select = page.substring(page.indexOf("id=\"edit-unit\""),
				page.indexOf("</select>", page.indexOf("id=\"edit-unit\"")));
		assertThat(select.split("value=\"" + org.department.id() + "\"", -1)).as("the unit once").hasSize(2);
		assertThat(select.indexOf("value=\"" + org.city.id() + "\"")).as("the city first, its unit below it")
			.isLessThan(select.indexOf("value=\"" + org.department.id() + "\""));
		assertThat(select).containsPattern("value=\"" + org.department.id() + "\"\\s+selected");
	}

	@Test
	void oneDayExampleAndEnglishSlips() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String record = visible(http.get("/console/handovers/" + id).body());
		assertThat(record).contains("如 2026-12-21").doesNotContain("2026-12-31");
		assertThat(visible(http.get("/console/tokens?lang=en").body())).contains("API address: http");
		assertThat(http.get("/console/policies?lang=en").body()).contains(">Fill in the checklist</th>");
		assertThat(visible(http.get("/console/broadcasts?lang=en").body())).contains("Enabled")
			.doesNotContain(" enabled ");
		assertThat(visible(http.get("/console?lang=en").body())).contains("DingTalk, WeCom or the web chat")
			.doesNotContain("DingTalk or WeCom chat");
	}

}
