package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (finding 2): the 一项还是两项 card quoted raw fragments of the message
 * ("纪检监察干部培训基地建设 还在施工 总投资380万元"); it shows each candidate item as it would be recorded:
 * title, figure, deadline.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwoFiguresShownAsRecordedInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	@Test
	void eachCandidateIsShownAsItWouldBeRecorded() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		new ChatSteps(chat, directory, handovers, checklists).openAndSign(org,
				List.of(org.departing, org.successor, org.organizer));
		String said = String.join("\n", chat.say(user(org.departing), "纪检监察干部培训基地建设 还在施工 总投资380万元，已拨付210万 明年6月底前完工"));
		assertThat(said).contains("是两项吗")
			.contains("“纪检监察干部培训基地建设，3,800,000.00元”")
			.doesNotContain("“纪检监察干部培训基地建设 还在施工 总投资380万元”");
	}

	/**
	 * #12, newcomer 11 (finding 1): 「留置点用地 35」 kept 35 in its title after 「第11项是35亩」 gave
	 * the figure; the bare number leaves the title once it is the figure given.
	 */
	@Test
	void aBareNumberLeavesTheTitleOnceItsFigureIsGiven() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long h = new ChatSteps(chat, directory, handovers, checklists).openAndSign(org,
				List.of(org.departing, org.successor, org.organizer));
		String departing = user(org.departing);
		chat.say(departing, "留置点用地 35 现状");
		assertThat(checklists.item(h, 1).title()).isEqualTo("留置点用地 35");
		chat.say(departing, "第1项是35亩");
		assertThat(checklists.item(h, 1).title()).isEqualTo("留置点用地");
		assertThat(checklists.item(h, 1).quantity()).isEqualByComparingTo("35");
	}

}
