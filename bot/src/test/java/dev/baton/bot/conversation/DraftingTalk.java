package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;

/**
 * The departing official of a 石嘴山 handover filling the checklist through the scripted
 * chat (#12, newcomer 3): opens the handover, signs for the notice, moves to a section,
 * says things and reads the record back.
 */
final class DraftingTalk {

	final ScriptedChat chat;

	final Checklists checklists;

	final TestOrg org;

	final long handoverId;

	final String departing;

	DraftingTalk(ScriptedChat chat, Conversation conversation, Directory directory, Actors actors,
			HandoverService handovers, Checklists checklists) {
		this.chat = chat;
		this.checklists = checklists;
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "d" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "d" + org.departing;
		chat.say(departing, "签收");
	}

	/** What the departing official says; Baton's answers as one text. */
	String say(String text) {
		return String.join("\n", chat.say(departing, text));
	}

	String press(String button) {
		return String.join("\n", chat.press(departing, button));
	}

	/** Says 下一个 until the section is the one in focus. */
	void goTo(String code) {
		Section target = section(code);
		for (int i = 1; i < target.position(); i++) {
			say("下一个");
		}
	}

	Section section(String code) {
		return checklists.sections(handoverId).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	Item item(int seq) {
		return checklists.item(handoverId, seq);
	}

	List<Item> items() {
		return checklists.items(handoverId);
	}

}
