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
 * #12, newcomer 11 (finding 6): 「现在都到哪一步了」「我还要干什么吗」「还有什么要我做的」「下一步干啥」 got 没有听懂 (and, while
 * drafting, could become items). They get the handover's stage and what the person owes,
 * or that they owe nothing, and record nothing.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class EverydayQuestionsInChatTest {

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
	void questionsWhileDraftingAreAnsweredAndRecordNothing() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		ChatSteps steps = new ChatSteps(chat, directory, handovers, checklists);
		long h = steps.openAndSign(org, List.of(org.departing, org.successor, org.organizer, org.financeReviewer,
				org.organizationReviewer, org.disciplineReviewer, org.auditReviewer));
		String departing = user(org.departing);
		say(departing, "局机关基本账户余额86.5万元 现状");
		// the stage, and what waits
		assertThat(say(departing, "现在都到哪一步了")).doesNotContain("没有听懂")
			.contains("交接" + h)
			.contains("填写清单中")
			.contains("等待中")
			.contains("填报交接清单");
		// what this person owes
		for (String asked : List.of("我还要干什么吗", "还有什么要我做的", "下一步干啥")) {
			assertThat(say(departing, asked)).as(asked)
				.doesNotContain("没有听懂")
				.doesNotContain("已记录为第")
				.contains("您的待办共1项")
				.contains("填报交接清单");
		}
		assertThat(checklists.items(h)).as("no question became an item").hasSize(1);
		assertThat(say(user(org.organizer), "现在都到哪一步了")).contains("填写清单中").contains("填报交接清单");
		// or that they owe nothing
		assertThat(say(user(org.successor), "我还要干什么吗")).contains("没有需要办理的待办事项");
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
