package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 18 (丁一鸣 of 组织部, 上梅乡's 陈清忠 leaving for the county): the opening request
 * said as 「我要给…办离任交接」, help's 发起交接 example in the organizer's own officials, and the
 * notice's 签收 card named by its title when 「我该干什么」 is asked before signing.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class EighteenthNewcomerOrganizerInChatTest {

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
	dev.baton.bot.delivery.OutboxExpander expander;

	@Autowired
	dev.baton.bot.delivery.DeliveryBatcher batcher;

	@Autowired
	dev.baton.bot.delivery.BatchSender sender;

	TestOrg org;

	private void shangmei() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan", WuyishanAsPeopleTalk.NAMES);
		for (long official : List.of(org.organizer, org.departing, org.successor)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
	}

	@Test
	void theOpeningSaidForSomeoneShowsTheSameCardAsTheReadmesWords() {
		shangmei();
		String organizer = user(org.organizer);
		String readme = String.join("\n", chat.say(organizer, "上梅乡的陈清忠要调走了，由方福彬接任，帮我发起交接"));
		assertThat(readme).contains("离任：陈清忠").contains("接任：方福彬").contains("原因：工作调动");
		chat.say(organizer, "算了");
		assertThat(running()).isEmpty();

		String said = String.join("\n", chat.say(organizer, "我要给上梅乡陈清忠书记办离任交接，他调县里去了，方福彬接任"));
		assertThat(said).doesNotContain("没有听懂").isEqualTo(readme);
		chat.say(organizer, "算了");
		String shorter = String.join("\n", chat.say(organizer, "给上梅乡陈清忠办交接，方福彬接任，工作调动"));
		assertThat(shorter).doesNotContain("没有听懂").isEqualTo(readme);
		chat.press(organizer, "确认");
		assertThat(running()).singleElement().satisfies(h -> assertThat(h.id()).isPositive());
	}

	@Test
	void aChecklistItemAboutHandingOverIsNoRequestToOpenOne() {
		shangmei();
		// 办理 asks only after 给 and whom: said alone it is no opening
		String said = String.join("\n", chat.say(user(org.organizer), "人员办理交接手续"));
		assertThat(said).doesNotContain("离任：").doesNotContain("确认发起");
		assertThat(running()).isEmpty();
	}

	@Test
	void helpsOpeningExampleNamesTwoOfficialsOfTheOrganizersOwnUnit() {
		shangmei();
		String help = String.join("\n", chat.say(user(org.organizer), "帮助"));
		assertThat(help).contains("如“发起交接 上梅乡 陈清忠 方福彬 工作调动”").doesNotContain("〔离任人〕").doesNotContain("〔接任人〕");
	}

	@Test
	void whatToDoBeforeSigningNamesTheNoticesCardByItsTitle() {
		shangmei();
		handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		deliverNotices();
		OutboundMessage.Card notice = chat.lastCard(user(org.departing));
		assertThat(notice.title()).isEqualTo("离任交接通知书");
		String todo = String.join("\n", chat.say(user(org.departing), "我该干什么"));
		assertThat(todo).contains("上面“离任交接通知书”的卡片还在等您签收").doesNotContain("待您回答的问题");
	}

	private void deliverNotices() {
		dev.baton.bot.delivery.OutboxWorker worker = new dev.baton.bot.delivery.OutboxWorker(expander, batcher, sender,
				10);
		for (int round = 0; round < 20 && worker.runOnce() > 0; round++) {
			// deliver everything due
		}
	}

	private List<HandoverBrief> running() {
		return handovers.list(org.actor(org.organizer), HandoverFilter.running(10));
	}

	private static String user(long official) {
		return ChatSteps.user(official);
	}

}
