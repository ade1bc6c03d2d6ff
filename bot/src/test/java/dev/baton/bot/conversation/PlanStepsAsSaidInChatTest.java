package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (finding 5): 「第10项印刷费：明年1月15日前付清」 recorded the step as "付清", what it
 * is about lost; a step is recorded with its subject.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class PlanStepsAsSaidInChatTest {

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
	FollowUpService followUp;

	TestOrg org;

	long h;

	String successor;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		successor = user(org.successor);
		h = staged.archived(org, "shizuishan", List.of(Stated.unfinishedMoney("应付石嘴山市天诚印务有限公司印刷费", "32000"),
				Stated.work("纪检监察干部培训基地建设"), Stated.unfinishedMoney("欠宁夏信达软件公司系统运维费", "380000")));
	}

	@Test
	void aStepSaidAsAVerbKeepsWhatItIsAbout() {
		String planned = say("第1项印刷费：明年1月15日前付清");
		assertThat(planned).contains("印刷费付清").doesNotContain("第1步：付清");
		String second = say("第2项培训基地：明年6月底前完成主体工程；2027年9月30日前竣工验收");
		assertThat(second).contains("完成主体工程");
		List<String> steps = followUp.steps(h).stream().map(FollowUpStep::description).toList();
		assertThat(steps).contains("印刷费付清", "完成主体工程");
		assertThat(steps).allSatisfy(step -> assertThat(step).isNotIn("付清", "验收", "完工"));
	}

	/**
	 * np24 finding 14: the words naming the item between 第N项 and the colon stay out of
	 * the steps of a plan of several steps: 步骤3.2 is "付清", not "运维费付清".
	 */
	@Test
	void theItemsNameBeforeTheColonStaysOutOfSeveralSteps() {
		String planned = say("第3项运维费：12月底前跟信达把账对清；明年1月29日前付清");
		assertThat(planned).contains("跟信达把账对清").doesNotContain("运维费付清");
		assertThat(followUp.steps(h).stream().filter(s -> s.itemSeq() == 3).map(FollowUpStep::description))
			.containsExactly("跟信达把账对清", "付清");
	}

	private String say(String text) {
		return String.join("\n", chat.say(successor, text));
	}

}
