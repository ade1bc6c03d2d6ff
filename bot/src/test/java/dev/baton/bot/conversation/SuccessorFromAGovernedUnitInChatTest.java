package dev.baton.bot.conversation;

import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * c19a: chat's 更换接任人 looks for the new successor where the console's list and the REST
 * API take one from (fixc17b): the handover's unit and the units below it, and (a
 * transfer) every unit the organizer governs. One found beyond the handover's unit is
 * offered on the chooser card that names their unit before anything changes; someone of a
 * unit the organizer does not govern is not found.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class SuccessorFromAGovernedUnitInChatTest {

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
	HandoverRecords records;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		// the organizer governs another city too
		directory.assignRole(org.organizer, Role.ORGANIZER, null, org.elsewhere.id());
		organizer = "governed-chat-" + org.organizer;
		directory.bindIdentity(chat.platform(), chat.corp(), organizer, org.organizer);
	}

	@Test
	void aSuccessorFromAUnitTheOrganizerGovernsIsOfferedWithTheirUnit() {
		long id = open();
		long moved = directory.addOfficial("冯调任", "另一市统计局副局长", org.elsewhere.id()).id();
		OrgUnit beyond = directory.createUnit(null, "beyond-" + UUID.randomUUID().toString().substring(0, 8), "第三市（测试）",
				"CITY");
		directory.addOfficial("冯远方", "第三市科长", beyond.id());

		String asked = String.join("\n", chat.say(organizer, "更换接任人 " + id + " 冯调任 工作需要"));
		assertThat(asked).contains("冯调任").contains(org.elsewhere.name()).contains("调任").doesNotContain("没有找到");
		assertThat(chat.lastCard(organizer).buttons()).extracting(OutboundMessage.Button::label)
			.containsExactly("1号 冯调任（另一市统计局副局长）");
		assertThat(records.find(id).successorId()).as("nothing changed before the choice").isEqualTo(org.successor);

		assertThat(String.join("\n", chat.press(organizer, "1号 冯调任（另一市统计局副局长）")))
			.contains("交接" + id + "的接任人已由郑接任改为冯调任");
		assertThat(records.find(id).successorId()).isEqualTo(moved);

		// someone of a unit the organizer does not govern: not found, nothing changed
		String refused = String.join("\n", chat.say(organizer, "更换接任人 " + id + " 冯远方 再调整"));
		assertThat(refused).contains("没有找到“冯远方”");
		assertThat(records.find(id).successorId()).isEqualTo(moved);
	}

	@Test
	void aSuccessorInTheHandoversUnitGoesOnWithoutTheCard() {
		long id = open();
		long local = directory.addOfficial("冯本单位", "市统计局副局长", org.department.id()).id();

		assertThat(String.join("\n", chat.say(organizer, "更换接任人 " + id + " 冯本单位 工作需要")))
			.contains("交接" + id + "的接任人已由郑接任改为冯本单位");
		assertThat(records.find(id).successorId()).isEqualTo(local);
	}

	private long open() {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

}
