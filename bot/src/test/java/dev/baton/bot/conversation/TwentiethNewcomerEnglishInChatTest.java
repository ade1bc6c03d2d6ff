package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20a (web chat, the successor in English): an objection naming an item in plain
 * English is asked as a dispute of that item (finding 7); "the rest are all fine"
 * confirms the rest (9); "what do I still need to do?" is asked as 我还要干什么 is (12); the
 * English help and plan reply carry no Chinese of Baton's own and join lists with commas
 * (13).
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class TwentiethNewcomerEnglishInChatTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	Checklists checklists;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Disputes disputes;

	private TestOrg bound() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
		return org;
	}

	private static List<Stated> items() {
		return List.of(Stated.done("茶旅融合产业规划"), Stated.work("乡村道路硬化"), Stated.balance("局机关基本账户余额", "868000"),
				Stated.done("林下经济示范基地"), Stated.work("集体林地"), Stated.work("城区雨污分流管网改造"));
	}

	/**
	 * Finding 7: with another item's card open, 「item 11 balance is wrong, the bank
	 * statement shows 832,000」 showed item 11's confirm card, no dispute.
	 */
	@Test
	void anEnglishObjectionNamingAnItemIsAskedAsItsDispute() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan", items());
		String successor = "p" + org.successor;
		chat.say(successor, "English");
		chat.say(successor, "list");
		List<String> asked = chat.say(successor, "item 3 balance is wrong, the bank statement shows 832,000");
		assertThat(String.join("\n", asked)).contains("Do you dispute item 3?")
			.contains("balance is wrong, the bank statement shows 832,000")
			.doesNotContain("Please confirm item 3");
		assertThat(disputes.forHandover(id)).isEmpty();
		chat.press(successor, "Dispute");
		assertThat(disputes.forHandover(id)).singleElement()
			.satisfies(d -> assertThat(d.itemId()).isEqualTo(checklists.item(id, 3).id()));

		for (String said : List.of("item 4 is wrong", "item 4 doesn't match", "I don't agree with item 4",
				"the balance of item 4 should be 832,000")) {
			assertThat(String.join("\n", chat.say(successor, said))).as(said).contains("Do you dispute item 4?");
			assertThat(chat.lastCard(successor).title()).as(said).isEqualTo("Dispute item 4?");
			chat.press(successor, "No");
		}
		assertThat(disputes.forHandover(id)).hasSize(1);
	}

	/** Finding 9: 「the rest are all fine」 got 「Do you mean to confirm item 6?」. */
	@Test
	void theRestAreAllFineConfirmsTheRest() {
		TestOrg org = bound();
		long id = staged.confirming(org, "shizuishan", items());
		String successor = "p" + org.successor;
		chat.say(successor, "English");
		chat.say(successor, "list");
		chat.say(successor, "confirm 1");
		String said = String.join("\n", chat.say(successor, "the rest are all fine"));
		assertThat(said).contains("5 remaining items confirmed").doesNotContain("Do you mean");
		assertThat(checklists.items(id)).allSatisfy(i -> assertThat(i.confirmation()).as(i.title())
			.isEqualTo(dev.baton.bot.checklist.Confirmation.CONFIRMED));
	}

	/**
	 * Findings 12 and 13: 「what do I still need to do?」 was not understood; the help said
	 * 「步骤1.1的期限改为12月31日」 and 「“交接表 4” for the 交接表」, 「list| show 1」; the plan reply cut
	 * 「finish the remaining 12…」 and joined its dates with 、.
	 */
	@Test
	void theFollowUpInEnglishIsAskedAndToldInEnglish() {
		TestOrg org = bound();
		staged.archived(org, "shizuishan", items());
		String successor = "p" + org.successor;
		chat.say(successor, "English");
		for (String asked : List.of("what do I still need to do?", "what's next", "what should I do now",
				"where are we", "what's left")) {
			assertThat(String.join("\n", chat.say(successor, asked))).as(asked).doesNotContain("did not understand");
		}

		String plan = String.join("\n",
				chat.say(successor, "plan 2 2027-03-31 finish the remaining 12 km; 2027-06-30 acceptance"));
		assertThat(plan).contains("\"progress 2.1 finish the remaining 12 km: where it stands\"").doesNotContain("、");

		String help = String.join("\n", chat.say(successor, "help"));
		// the first line names the handover: its unit and people, as written
		String baton = help.substring(help.indexOf('\n') + 1);
		assertThat(baton).contains("step 2.1 due 12-31").contains("list | show").doesNotContain("、");
		assertThat(HAN.matcher(baton.replace("中文", "")).find()).as(baton).isFalse();
	}

}
