package dev.baton.bot.console;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 21, finding 25: the opening form listed every official of every unit as the
 * departing official and the successor, whatever unit was chosen; 更换接任人 listed officials
 * of other units beside the handover's own without saying so. Now the form groups the
 * officials by unit (with a unit chosen, its own and those below it first, without
 * JavaScript too) and its script shows only the chosen unit's and those below it, the
 * only ones opening takes; 更换接任人 names the groups a successor would come from by
 * transfer. Nobody the services accept is left out.
 */
@DomainContext
class OpeningListsFollowTheUnitBrowserTest extends ConsoleTestSupport {

	private static final Pattern GROUP = Pattern.compile("<optgroup label=\"([^\"]*)\"");

	@Autowired
	HandoverService handovers;

	@Test
	void theOpeningFormsListsFollowTheChosenUnit() {
		browser.signIn(account(org.organizer), PASSWORD);
		browser.go("/console/handovers/new");
		assertThat(groups("#open-departing")).containsExactly(org.city.name(), org.department.name());
		assertThat(shown("#open-departing")).as("no unit chosen: everyone the organizer may pick")
			.contains("陈离任", "郑接任", "卫路人", "李组审", "吴管理")
			.doesNotContain("王组织");

		new Select(browser.find("#open-unit")).selectByValue(Long.toString(org.department.id()));
		assertThat(shown("#open-departing")).containsExactlyInAnyOrder("陈离任", "郑接任", "卫路人");
		assertThat(shown("#open-successor")).containsExactlyInAnyOrder("陈离任", "郑接任", "卫路人");
		browser.screenshot("open-lists-follow-the-unit");

		// a pick then hidden by another unit is let go; the city takes everyone again
		// (the
		// units below it too)
		new Select(browser.find("#open-unit")).selectByValue(Long.toString(org.department.id()));
		new Select(browser.find("#open-departing")).selectByValue(Long.toString(org.departing));
		new Select(browser.find("#open-unit")).selectByValue(Long.toString(org.city.id()));
		assertThat(shown("#open-departing")).contains("陈离任", "李组审", "吴管理");
		assertThat(new Select(browser.find("#open-departing")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(Long.toString(org.departing));
	}

	@Test
	void withoutScriptTheChosenUnitsOfficialsComeFirst() {
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String page = http.get("/console/handovers/new?unitId=" + org.department.id()).body();
		String departing = page.substring(page.indexOf("id=\"open-departing\""), page.indexOf("id=\"open-successor\""));
		assertThat(labels(departing)).containsExactly(org.department.name(), org.city.name());
	}

	@Test
	void aSuccessorFromAnotherUnitIsOfferedAsATransfer() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		String page = http.get("/console/handovers/" + id).body();
		String select = page.substring(page.indexOf("id=\"successor-id\""));
		select = select.substring(0, select.indexOf("</select>"));
		assertThat(labels(select)).containsExactly(org.department.name(), org.city.name() + "（从其他单位调任）");
	}

	private List<String> groups(String select) {
		return browser.driver()
			.findElements(By.cssSelector(select + " optgroup"))
			.stream()
			.map(g -> g.getAttribute("label"))
			.toList();
	}

	/** The names a person can pick in the list now. */
	private List<String> shown(String select) {
		return browser.driver()
			.findElements(By.cssSelector(select + " optgroup"))
			.stream()
			.filter(g -> g.getAttribute("disabled") == null)
			.flatMap(g -> g.findElements(By.tagName("option")).stream())
			.map(WebElement::getText)
			.map(t -> t.substring(0, t.indexOf(" · ")))
			.toList();
	}

	private static List<String> labels(String html) {
		java.util.ArrayList<String> labels = new java.util.ArrayList<>();
		Matcher m = GROUP.matcher(html);
		while (m.find()) {
			labels.add(m.group(1));
		}
		return labels;
	}

}
