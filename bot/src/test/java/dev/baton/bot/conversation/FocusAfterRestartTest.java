package dev.baton.bot.conversation;

import java.net.URI;
import java.util.List;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.system.BatonProperties;
import dev.baton.integrations.state.JedisSharedState;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A successor with two running handovers (an archived one in follow-up they are working
 * on, and a newer one that has just been opened) restarts nothing and loses nothing: on
 * Redis the dialog's focus outlives the process; when the dialog is gone (the embedded
 * default keeps it in memory) the focus is the handover they last acted on, not the
 * newest. Every reply about a handover names it, since they have two.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class FocusAfterRestartTest {

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
	ArchivedHandovers archiver;

	@Autowired
	SharedState state;

	@Autowired
	BatonProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	String successor;

	long archived;

	long newer;

	long newDeparting;

	@BeforeEach
	void twoRunningHandovers() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		successor = "s" + org.successor;
		directory.bindIdentity("WEB", ScriptedChat.CORP, successor, org.successor);
		archived = archiver.archived(org, "shizuishan");
		assertThat(chat.say(successor, "计划 1 2026-12-31 完成验收；2027-01-29 结清工程款")).singleElement()
			.asString()
			.contains("推进计划已记录");
		newDeparting = directory.addOfficial("黄副局", "市统计局副局长", org.department.id()).id();
		newer = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), newDeparting, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void aLostDialogComesBackToTheHandoverLastWorkedOnAndTheReplyNamesIt() {
		assertThat(state.delete(dialogKey())).as("the dialog was stored").isTrue(); // the
																					// restart
																					// of
																					// the
																					// embedded
																					// default

		List<String> reply = chat.say(successor, "进展 1.1 已完成 已通过验收");

		assertThat(reply).singleElement()
			.asString()
			.startsWith("【交接" + archived + " 市统计局 陈离任→郑接任】\n")
			.doesNotContain("交接 " + newer);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM followup_progress p JOIN followup_step s ON s.id = p.step_id"
						+ " JOIN followup_plan f ON f.id = s.plan_id WHERE f.handover_id = ? AND p.completes = TRUE",
				Integer.class, archived))
			.isEqualTo(1);
		assertThat(chat.say(successor, "进度")).singleElement()
			.asString()
			.startsWith("【交接" + archived + " ")
			.contains("\n交接" + archived + "：");
	}

	@Test
	void onRedisTheFocusTheDialogHadOutlivesTheProcess() {
		assertThat(chat.say(successor, "切换 " + newer)).singleElement()
			.asString()
			.startsWith("【交接" + newer + " ")
			.contains("\n交接" + newer + "：");
		try (JedisSharedState another = new JedisSharedState(URI.create(properties.redis().url()))) {
			assertThat(another.get(dialogKey())).as("the dialog is in Redis, not in this process")
				.hasValueSatisfying(json -> assertThat(json).contains("\"handoverId\":" + newer));
		}

		// the same question after a restart on Redis is about the handover the dialog had
		// in focus
		assertThat(chat.say(successor, "进度")).singleElement()
			.asString()
			.startsWith("【交接" + newer + " ")
			.contains("\n交接" + newer + "：");
		// and without the dialog, about the one last acted on
		state.delete(dialogKey());
		assertThat(chat.say(successor, "进度")).singleElement()
			.asString()
			.startsWith("【交接" + archived + " ")
			.contains("\n交接" + archived + "：");
	}

	@Test
	void aPersonWithOneRunningHandoverReadsRepliesWithoutATag() {
		String departing = "d" + newDeparting;
		directory.bindIdentity("WEB", ScriptedChat.CORP, departing, newDeparting);

		assertThat(chat.say(departing, "签收")).singleElement().asString().startsWith("已签收");
		assertThat(chat.say(successor, "第1项")).singleElement()
			.asString()
			.startsWith("【交接" + archived + " 市统计局 陈离任→郑接任】");
	}

	private String dialogKey() {
		return "dialog:WEB:" + ScriptedChat.CORP + ":" + successor;
	}

}
