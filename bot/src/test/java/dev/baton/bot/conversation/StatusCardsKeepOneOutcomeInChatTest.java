package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, newcomer finding B19: the card asking an item's status ([已完成][推进中][未启动][现状])
 * keeps one outcome like every other card. Said by text, the card shows it, and a later
 * press does not override what was said (it says what the status is and how to change
 * it); the card of an item undone shows that the item is gone; a press after archiving
 * says the record is sealed and what can still be done.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class StatusCardsKeepOneOutcomeInChatTest {

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
	StagedHandovers staged;

	@Autowired
	Checklists checklists;

	TestOrg org;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "s" + org.departing, org.departing);
		departing = "s" + org.departing;
	}

	@Test
	void aStatusSaidByTextShowsOnItsCardAndALaterPressDoesNotOverrideIt() {
		long h = handovers
			.open(org.actor(org.organizer),
					new dev.baton.bot.handover.OpenRequest(org.department.id(), org.departing, org.successor,
							HandoverReason.TRANSFER))
			.id();
		chat.say(departing, "签收");
		// the first section (ideas) has no default status: asked with a card
		assertThat(chat.say(departing, "乡村振兴产业规划")).hasSize(3);
		OutboundMessage.Card first = chat.lastCard(departing);

		assertThat(chat.say(departing, "还没开始")).singleElement().asString().contains("状态：未启动");
		assertThat(chat.outcomeOf(first)).as("the card shows the status said by text").contains("未启动");

		List<String> pressed = chat.press(departing, first, "推进中");
		assertThat(pressed).singleElement().asString().contains("第1项的状态已是“未启动”").contains("第1项状态改为");
		assertThat(checklists.item(h, 1).status()).isEqualTo(ItemStatus.NOT_STARTED);

		// an item undone: its card shows the item is gone, and a press says so
		assertThat(chat.say(departing, "智慧乡村平台建设")).hasSize(3);
		OutboundMessage.Card second = chat.lastCard(departing);
		chat.say(departing, "撤销");
		assertThat(chat.outcomeOf(second)).contains("第2项").contains("不在清单中");
		assertThat(chat.press(departing, second, "已完成")).singleElement().asString().contains("第2项").contains("不在清单中");
	}

	@Test
	void aStatusCardPressedAfterArchivingSaysTheRecordIsSealedAndWhatCanStillBeDone() {
		long h = staged.archived(org, "wuyishan", List.of(Stated.work("乡村振兴产业规划")));
		OutboundMessage.Card card = new OutboundMessage.Card(Cards.id("status", h, 1), "第1项的状态", "第1项目前是什么状态？",
				List.of(new OutboundMessage.Button("推进中", Cards.action("stgoing", h, 1))), "第1项目前是什么状态？");

		String said = String.join("\n", chat.press(departing, card, "推进中"));

		assertThat(said).contains("已封存归档").contains("清单").contains("进展").doesNotContain("作为新记录补充");
		assertThat(chat.outcomeOf(card)).isNotNull();
	}

}
