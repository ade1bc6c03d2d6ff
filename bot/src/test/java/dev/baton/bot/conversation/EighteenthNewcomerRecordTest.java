package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, what newcomer 18 found in what the record keeps: a status word standing alone
 * after the title ("…硬化工程 推进中 已完成路基约一半，…") was read as two statuses, left in the title,
 * and a card asked for it; "水质 现状 Ⅱ类" was kept as "II类", not as typed.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class EighteenthNewcomerRecordTest {

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

	String departing;

	private void open(String seed) {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, seed);
		ChatSteps steps = new ChatSteps(chat, directory, handovers, checklists);
		handoverId = steps.openAndSign(org, List.of(org.departing, org.successor, org.organizer, org.financeReviewer,
				org.organizationReviewer, org.disciplineReviewer, org.auditReviewer));
		departing = user(org.departing);
	}

	@Test
	void aStatusWordStandingAloneEndsTheTitleAndWhatFollowsIsTheNote() {
		open("shizuishan");
		String said = "坑口村至黄柏村通村公路硬化工程 推进中 已完成路基约一半，合同价186万元，尚欠施工方建阳路桥公司工程款72万元，2027-06-30前完工";
		String reply = say(said);
		Item item = checklists.item(handoverId, 1);
		assertThat(item.title()).as(reply).isEqualTo("坑口村至黄柏村通村公路硬化工程");
		assertThat(item.status()).as(reply).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(item.details()).as(reply).startsWith("已完成路基约一半");
		assertThat(item.said()).isEqualTo(said);
		assertThat(reply).contains("状态：推进中").doesNotContain("待说明").doesNotContain("目前是什么状态");
	}

	@Test
	void theWordsAsSaidKeepTheRomanNumeral() {
		open("shizuishan");
		String said = "梅溪上梅段水质 现状 Ⅱ类，国控断面连续12个月达标";
		String reply = say(said);
		Item item = checklists.item(handoverId, 1);
		assertThat(item.said()).as(reply).isEqualTo(said);
		assertThat(item.status()).isEqualTo(ItemStatus.ON_HAND);
		assertThat(item.title() + item.details()).doesNotContain("II").contains("Ⅱ类");
		assertThat(reply).contains("原文：" + said).doesNotContain("II类");
	}

	private String say(String text) {
		return String.join("\n", chat.say(departing, text));
	}

}
