package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemSaid;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15, newcomer 13, finding 13: the console's record page shows an item's dates, its
 * deadline (期限) and the day or month it was done (完成时间), in both languages; in ISO form
 * as every other date on the page (newcomer 22, finding 15).
 */
@DomainContext
@Import(StagedHandovers.class)
class ItemDatesOnTheRecordPageTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void signIn() {
		org = new TestOrg(directory, actors, "default");
		http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, org.organizer, username, ConsoleTestSupport.PASSWORD);
		String token = csrf(http.get("/console/signin"));
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf", token))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void eachItemShowsItsDeadlineAndWhenItWasDone() {
		long id = staged.drafted(org, List.of(Stated.work("统计信息化平台二期建设")));
		Actor departing = org.actor(org.departing);
		checklist.editItem(departing, id, 1,
				new ItemDraft(null, null, null, null, null, null, LocalDate.of(2027, 3, 31), null, null));
		String work = checklists.sections(id).stream().filter(s -> !s.economic()).findFirst().orElseThrow().code();
		checklist.addItem(departing, id, work, ItemDraft.titled("经济普查").withStatus(ItemStatus.DONE, false),
				new ItemSaid(null, null, YearMonth.of(2026, 4)));

		String zh = item(http.get("/console/handovers/" + id), 1);
		// one date form on the page (newcomer 22, finding 15: 2027年6月30日 beside steps due
		// 2026-12-16)
		assertThat(zh).contains("期限：2027-03-31").doesNotContain("2027年");
		assertThat(item(http.get("/console/handovers/" + id), 2)).contains("完成时间：2026-04")
			.doesNotContain("2026年")
			.doesNotContain("期限");
		String en = item(http.get("/console/handovers/" + id + "?lang=en"), 1);
		assertThat(en).contains("due 2027-03-31").doesNotContain("期限");
		assertThat(item(http.get("/console/handovers/" + id + "?lang=en"), 2)).contains("done 2026-04");
	}

	/** The list item of item {@code seq} on the record page. */
	private static String item(HttpResponse<String> page, int seq) {
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("id=\"item-" + seq + "\"");
		assertThat(start).as("item " + seq).isNotNegative();
		int end = body.indexOf("</li>", start);
		return body.substring(start, end);
	}

}
