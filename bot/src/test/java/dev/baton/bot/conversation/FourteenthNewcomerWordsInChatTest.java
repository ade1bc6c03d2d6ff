package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 14 (finding 7): "8号人数不对，实际在编只有40人" was not understood, though "7号余额不对"
 * and "第8项人数不对…" were. "N号" with any field's word (人数, 数量, 面积, 期限, 金额, 余额) and a doubt is
 * a dispute of item N, whatever item is in focus.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class FourteenthNewcomerWordsInChatTest {

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

	TestOrg org;

	String successor;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		successor = "s" + org.successor;
		directory.bindIdentity("WEB", ScriptedChat.CORP, successor, org.successor);
		staged.confirming(org, "shizuishan", List.of(Stated.balance("机关基本户银行存款余额", "865000"),
				Stated.onHand("集体林地", "23000", "亩"), Stated.onHand("局属农机站在编人员", "44", "人")));
	}

	@Test
	void anItemNumberWithAHeadcountDoubtDisputesThatItem() {
		say(successor, "第1项");
		String disputed = say(successor, "3号人数不对，实际在编只有40人");
		assertThat(disputed).contains("已对第3项提出异议（局属农机站在编人员）").doesNotContain("没有听懂");
	}

	@Test
	void anItemNumberWithAnAreaDoubtDisputesThatItem() {
		say(successor, "第1项");
		String disputed = say(successor, "2号面积有问题，林权证上是1.96万亩");
		assertThat(disputed).contains("已对第2项提出异议（集体林地）").doesNotContain("没有听懂");
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}
