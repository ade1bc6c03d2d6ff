package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dialog state is only the focus: when it is lost (Redis flushed, TTL passed) the dialog
 * resumes from the record, with no answer lost; a focus on a handover that has ended
 * since gives way to the person's running one.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class DialogResumeTest {

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

	@Autowired
	SharedState state;

	@Test
	void aLostDialogResumesAtTheFirstOpenSectionOfTheRecord() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String departing = "r" + org.departing;
		directory.bindIdentity("WEB", ScriptedChat.CORP, departing, org.departing);
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		List<Section> sections = checklists.sections(h);

		chat.say(departing, "签收");
		assertThat(chat.say(departing, "统计大数据平台二期 推进中")).singleElement().asString().contains("已记录为第1项");
		assertThat(chat.say(departing, "下一个")).singleElement().asString().contains(sections.get(1).titleZh());

		assertThat(state.delete("dialog:WEB:" + ScriptedChat.CORP + ":" + departing)).as("the dialog was stored")
			.isTrue();

		assertThat(chat.say(departing, "本部分无")).singleElement().asString().contains(sections.get(1).titleZh());
		assertThat(checklists.sections(h).get(1).declaredEmpty()).isTrue();
		assertThat(checklists.sections(h).get(0).declaredEmpty()).isFalse();
		assertThat(checklists.items(h)).hasSize(1);

		// the handover in focus is cancelled; the next message is about the person's
		// other running handover
		handovers.cancel(org.actor(org.organizer), h, "任职调整撤回");
		long other = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.stranger, HandoverReason.TRANSFER))
			.id();
		assertThat(chat.say(departing, "进度")).singleElement().asString().contains("交接" + other + "：");
	}

}
