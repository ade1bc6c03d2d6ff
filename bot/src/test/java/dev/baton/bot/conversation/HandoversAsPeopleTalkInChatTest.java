package dev.baton.bot.conversation;

import dev.baton.bot.DomainContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Three seed regimes' handovers as their people type them, through the in-process test
 * adapter: a 石嘴山 city department, a 武夷山 township with stewardship items, a 泾县 unit on 7
 * working days.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class HandoversAsPeopleTalkInChatTest {

	@Autowired
	ApplicationContext beans;

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	private ChatScript chat() {
		chat.listenWith(conversation);
		return chat;
	}

	@Test
	void aShizuishanCityDepartment() {
		new ShizuishanAsPeopleTalk(beans, chat()).run();
	}

	@Test
	void aWuyishanTownshipWithItsHeritageForestsAndRivers() {
		new WuyishanAsPeopleTalk(beans, chat()).run();
	}

	@Test
	void aJingxianUnitOnSevenWorkingDays() {
		new JingxianAsPeopleTalk(beans, chat()).run();
	}

}
