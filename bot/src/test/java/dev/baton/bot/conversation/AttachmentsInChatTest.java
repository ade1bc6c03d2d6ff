package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Evidence;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures and files the platform hands over become evidence of the item in focus; sent
 * with no item in focus, by the wrong person or in a group, they are not kept and the
 * reply says what to do instead.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class AttachmentsInChatTest {

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

	TestOrg org;

	long handoverId;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "a" + official, official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void aFileBecomesEvidenceOfTheItemInFocusAndNothingElseIsKept() {
		String departing = "a" + org.departing;
		String successor = "a" + org.successor;
		chat.say(departing, "签收");

		assertThat(chat.attach(departing, null, "file", "wecom-media:M0", "早到的.pdf")).singleElement()
			.asString()
			.contains("第N项");
		assertThat(checklists.evidence(handoverId)).isEmpty();

		assertThat(chat.say(departing, "统计大数据平台二期 推进中")).singleElement().asString().contains("已记录为第1项");
		assertThat(chat.attach(departing, null, "file", "wecom-media:M1", "二期验收方案.pdf")).singleElement()
			.asString()
			.contains("二期验收方案.pdf")
			.contains("第1项");
		assertThat(chat.attach(departing, null, "image", "dingtalk-download:D2", null)).singleElement()
			.asString()
			.contains("图片");

		assertThat(chat.attach(successor, null, "file", "wecom-media:M3", "接任者的.pdf")).singleElement()
			.asString()
			.doesNotContain("已将");
		assertThat(chat.attach(departing, "group-1", "file", "wecom-media:M4", "群里的.pdf")).singleElement()
			.asString()
			.contains("单聊");

		assertThat(checklists.evidence(handoverId)).extracting(Evidence::reference)
			.containsExactly("wecom-media:M1", "dingtalk-download:D2");
		assertThat(checklists.evidence(handoverId)).extracting(Evidence::label).first().isEqualTo("二期验收方案.pdf");
	}

}
