package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (findings 3 and 4): a dispute of a headcount was asked for
 * "金额不符，应为120万元", and the ruling's notice ("【异议已裁定】…第5项：维持离任干部的陈述"), its question and its
 * reply did not say which item it was. Every reply and notice about a disputed, confirmed
 * or ruled item names it (第N项 with its title); the examples follow the disputed field
 * (××人, ××元, a date).
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class DisputesNameTheirItemInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Checklists checklists;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	TestOrg org;

	long h;

	String successor;

	String audit;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		successor = "s" + org.successor;
		audit = "a" + org.auditReviewer;
		directory.bindIdentity("WEB", ScriptedChat.CORP, successor, org.successor);
		directory.bindIdentity("WEB", ScriptedChat.CORP, audit, org.auditReviewer);
		h = staged.confirming(org, "shizuishan", List.of(Stated.onHand("局属农机站在编人员", "14", "人"),
				Stated.balance("机关基本户银行存款余额", "865000"), Stated.onHand("集体林地", "23000", "亩")));
	}

	@Test
	void aHeadcountDisputeIsAskedInPeopleAndEveryReplyNamesTheItem() {
		String asked = say(successor, "异议 1");
		assertThat(asked).contains("第1项“局属农机站在编人员”").contains("应为××人").doesNotContain("元");

		String disputed = say(successor, "实际在编只有12人，有2人已借调");
		assertThat(disputed).contains("已对第1项提出异议（局属农机站在编人员）");
		assertThat(notices(OutboxEvent.ITEM_DISPUTED, org.auditReviewer)).singleElement()
			.asString()
			.contains("第1项“局属农机站在编人员”")
			.contains("应为××人")
			.doesNotContain("××元");

		String confirmed = say(successor, "确认 2");
		assertThat(confirmed).contains("第2项已确认（机关基本户银行存款余额）");

		String question = say(audit, "第1项维持，借调人员编制仍在农机站");
		assertThat(question).contains("您是要裁定第1项“局属农机站在编人员”为“维持离任干部的陈述”吗");
		String ruled = String.join("\n", chat.press(audit, "确认"));
		assertThat(ruled).contains("已对第1项作出裁定（局属农机站在编人员）：维持离任干部的陈述");
		assertThat(notices(OutboxEvent.DISPUTE_RULED, org.successor)).singleElement()
			.asString()
			.contains("第1项“局属农机站在编人员”：维持离任干部的陈述");
	}

	@Test
	void aCorrectionAskedForWithoutItsValueNamesTheDisputedField() {
		say(successor, "异议 3 林地面积与林权证不符，应为1.96万亩");
		String asked = say(audit, "裁定 3 更正");
		assertThat(asked).contains("第3项“集体林地”").contains("更正后的数量").doesNotContain("金额");
	}

	/**
	 * Newcomer 25, finding 5: 「第2项我问了财务，欠款实际是36万，不是38万」 was not understood, while
	 * 「第2项金额不对，账上实际欠36万」 was a dispute. A figure said of an item that is not the one
	 * recorded ("实际是X，不是Y", "应该是X") is an objection to it: asked with the card, the words
	 * as its reason, and filed on a yes.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "第2项我问了财务，余额实际是84万，不是86.5万", "第2项实际是84万，不是86.5万", "第2项应该是84万", "第2项账上是84万" })
	void aFigureOtherThanTheRecordedOneIsAskedAsADispute(String said) {
		String asked = say(successor, said);
		assertThat(asked).contains("对第2项提出异议吗").doesNotContain("没有听懂");
		assertThat(checklists.item(h, 2).confirmation()).isEqualTo(Confirmation.PENDING);
		assertThat(String.join("\n", chat.press(successor, "提出异议"))).contains("已对第2项提出异议");
		assertThat(checklists.item(h, 2).confirmation()).isEqualTo(Confirmation.DISPUTED);
	}

	@Test
	void aQuantityOtherThanTheRecordedOneIsAskedAsADisputeAndTheRecordedOneIsNot() {
		assertThat(say(successor, "第3项我核了林权证，实际是1.96万亩，不是2.3万亩")).contains("对第3项提出异议吗")
			.contains("理由：“我核了林权证，实际是1.96万亩，不是2.3万亩”");
		assertThat(say(successor, "第2项是86.5万")).doesNotContain("提出异议吗");
		assertThat(checklists.items(h)).allSatisfy(i -> assertThat(i.confirmation()).isEqualTo(Confirmation.PENDING));
	}

	private List<String> notices(OutboxEvent event, long official) {
		return outbox.forHandover(h)
			.stream()
			.filter(m -> m.event() == event && Long.valueOf(official).equals(m.recipientId()))
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
