package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 16, finding 11: a ruling said in words with the ruling word last keeps
 * the auditor's reasoning as its note, without the ruling word and its particles
 * (「…，维持吧」, 「…，按83.2万更正」), and the notice every party receives names the item, the
 * ruling, the note as said and, for 更正, the old and the new value.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class SixteenthNewcomerRulingsInChatTest {

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
	ConfirmationService confirmation;

	@Autowired
	Checklists checklists;

	@Autowired
	Disputes disputes;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JsonMapper json;

	TestOrg org;

	long h;

	String audit;

	private static final String ANSWER_AS_ITEM = "合同是2024年签的，合同原件在局办公室档案柜";

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		audit = "a" + org.auditReviewer;
		directory.bindIdentity("WEB", ScriptedChat.CORP, audit, org.auditReviewer);
		h = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("单位基本账户余额", "865000"), Stated.done(ANSWER_AS_ITEM)));
		var successor = org.actor(org.successor);
		confirmation.dispute(successor, h, 1, "余额不对，我看账上是83.2万");
		confirmation.dispute(successor, h, 2, "这不是交接事项，是对审核意见的答复，不应单列");
	}

	@Test
	void anUpheldRulingSaidLastKeepsTheReasoningWithoutTheRulingWord() {
		String asked = say(audit, "第2项是离任干部对退回意见的答复，误记成了事项，内容不影响交接，维持吧");
		assertThat(asked).contains("将记录为：裁定 2 维持 是离任干部对退回意见的答复，误记成了事项，内容不影响交接").doesNotContain("交接，维持");
		chat.press(audit, "确认");
		assertThat(ruling(2).ruling()).isEqualTo("UPHELD");
		assertThat(ruling(2).rulingNote()).isEqualTo("是离任干部对退回意见的答复，误记成了事项，内容不影响交接");

		List<String> notices = notices(org.successor);
		assertThat(notices).singleElement()
			.asString()
			.contains("第2项“" + ANSWER_AS_ITEM + "”：维持离任干部的陈述，该项按原陈述记录（以审计结论为准）")
			.contains("裁定说明：是离任干部对退回意见的答复，误记成了事项，内容不影响交接。")
			.doesNotContain("维持。")
			.doesNotContain("交接，维持");
		assertThat(notices(org.departing)).isEqualTo(notices);
	}

	@Test
	void aCorrectionSaidLastKeepsTheReasoningAndTheNoticeNamesBothValues() {
		String asked = say(audit, "第1项我们去核实了，实际余额是83.2万，按83.2万更正");
		assertThat(asked).contains("将记录为：裁定 1 更正 我们去核实了，实际余额是83.2万")
			.doesNotContain("按83.2万更正")
			.contains("由865,000.00元更正为832,000.00元");
		chat.press(audit, "确认");
		assertThat(checklists.item(h, 1).amount()).isEqualByComparingTo("832000");
		assertThat(ruling(1).rulingNote()).isEqualTo("我们去核实了，实际余额是83.2万");

		List<String> notices = notices(org.successor);
		assertThat(notices).singleElement()
			.asString()
			.contains("第1项“单位基本账户余额”：予以更正（我们去核实了，实际余额是83.2万）")
			.contains("由865,000.00元更正为832,000.00元（以审计结论为准）");
		// the departing official's copy also carries the 交接不实 flag the correction raised,
		// folded into this one notice (newcomer 20a, finding 18)
		assertThat(notices(org.departing)).singleElement()
			.asString()
			.startsWith(notices.get(0))
			.contains("【纪律提示：交接不实】");

	}

	private Dispute ruling(int seq) {
		long itemId = checklists.item(h, seq).id();
		return disputes.forHandover(h).stream().filter(d -> d.itemId() == itemId).reduce((a, b) -> b).orElseThrow();
	}

	private List<String> notices(long official) {
		return outbox.forHandover(h)
			.stream()
			.filter(m -> m.event() == OutboxEvent.DISPUTE_RULED && Long.valueOf(official).equals(m.recipientId()))
			.map(m -> renderer.render(m.event(), json.readTree(m.payload())))
			.toList();
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
