package dev.baton.bot.console;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 15, finding 13: the holidays page said a year was missing but not whom to ask.
 * A reader who cannot load it is told that only a system administrator over every unit
 * can, who they are by name and post (the first five, then how many more), and how (the
 * State Council General Office's notice); an administrator over every unit is told how.
 */
@DomainContext
class HolidaysPageSaysWhomToAskTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	@Test
	void aMissingYearSaysWhoLoadsItAndHow() {
		clock.set(Instant.parse("2031-03-03T02:00:00Z")); // no notice of 2031 is loaded
		TestOrg org = new TestOrg(directory, actors, "default");
		long root = org.rootAdmin(directory);
		// more than the five the page names, whatever other tests left in the directory
		while (directory.rootAdmins().size() <= 5) {
			directory.assignRootAdmin(directory.addOfficial("备用管理员", "系统管理员（全部单位）", org.city.id()).id());
		}
		ConsoleHttp organizer = ConsoleHttp.signedIn(port, accounts, org.organizer);

		String page = organizer.get("/console/calendar").body();
		assertThat(page).contains("id=\"missing-2031\"");
		String said = paragraph(page, "who-loads");
		assertThat(said).contains("只能由管辖全部单位的系统管理员录入");
		// a reader who cannot load a year is told whom to ask only: not a method that
		// sends them to the page they are on (newcomer 19)
		assertThat(said).doesNotContain("录入方法").doesNotContain("“节假日安排”页").doesNotContain("粘贴");
		List<Long> admins = directory.rootAdmins();
		assertThat(admins).contains(root);
		for (Long id : admins.subList(0, Math.min(5, admins.size()))) {
			Official o = directory.official(id);
			assertThat(said).contains(o.name() + "（" + o.post() + "）");
		}
		// 「甲、乙、丙、丁、戊等9人」 counts everyone; the English says how many more
		assertThat(said).contains("等" + admins.size() + "人");
		assertThat(page).doesNotContain("id=\"how-to-load\"");

		String english = paragraph(organizer.get("/console/calendar?lang=en").body(), "who-loads");
		assertThat(english).contains("Only a system administrator over every unit can load a missing year")
			.doesNotContain("Holiday calendar page")
			.doesNotContain("paste")
			.contains(" and " + (admins.size() - 5) + " more")
			.doesNotContain("、");

		// who loads it is told how, not whom to ask
		String rootPage = ConsoleHttp.signedIn(port, accounts, root).get("/console/calendar").body();
		assertThat(rootPage).doesNotContain("id=\"who-loads\"");
		assertThat(paragraph(rootPage, "how-to-load")).contains("在下方粘贴国务院办公厅").doesNotContain("“节假日安排”页");
	}

	private static String paragraph(String page, String id) {
		Matcher m = Pattern.compile("<p id=\"" + id + "\"[^>]*>([^<]*)</p>").matcher(page);
		assertThat(m.find()).as(id).isTrue();
		return m.group(1);
	}

}
