package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20b, finding 5: an escalation of an overdue step says to each one told what is
 * expected of them (whoever owes it: do it; the organizer: urge, extend or call, and how;
 * a supervisor or discipline reviewer: press them), and the organizer's and supervisor's
 * 我的待办 lists the step they were escalated about until it is done.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class EscalationSaysWhatEachShouldDoTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	ChecklistService checklist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	dev.baton.bot.inbox.InboxPurge purge;

	TestOrg org;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
	}

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void eachOneToldIsToldTheirPartAndTheWatchersToDoListsTheStepUntilDone() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		// 10:00 on the day after the checklist was due: level 1, the departing official
		// and the organizer
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();

		assertThat(escalation(id, org.departing, Locale.SIMPLIFIED_CHINESE)).startsWith("【逾期督办】")
			.contains("请尽快办理")
			.doesNotContain("组织人");
		assertThat(escalation(id, org.organizer, Locale.SIMPLIFIED_CHINESE)).startsWith("【逾期督办】")
			.contains("“填报交接清单”已于2026-12-07到期")
			.contains("您是这项交接的组织人，请督促办理")
			.contains("管理台“督办”页")
			.contains("“催办”")
			.contains("“延期”")
			.contains("回复“交接" + id + "延期3天，理由……”")
			.contains("联系离任干部")
			.doesNotContain("请尽快办理");
		assertThat(escalation(id, org.organizer, Locale.ENGLISH)).contains("As the organizer of this handover")
			.contains("催办 (Urge)");

		String organizer = user(org.organizer);
		assertThat(chat.say(organizer, "我的待办")).singleElement()
			.asString()
			.startsWith("您没有需要亲自办理的待办；您收到督办、尚未办结的环节共1项")
			.contains("【交接" + id + " ")
			.contains("填报交接清单，期限2026-12-07（已逾期")
			.contains("在管理台“督办”页点“催办”或“延期”，或回复“交接" + id + "延期3天");
		assertThat(chat.say(user(org.departing), "我的待办")).singleElement()
			.asString()
			.startsWith("您的待办共1项")
			.doesNotContain("收到督办");

		// level 2, four working days after the due day: the discipline reviewers and the
		// supervisors
		clock.set(Instant.parse("2026-12-11T02:00:00Z"));
		sweep.sweepDue();
		assertThat(escalation(id, org.supervisor, Locale.SIMPLIFIED_CHINESE)).contains("您是该单位的监督人员，请督促组织人和承办人尽快办理")
			.contains("“催办”");
		assertThat(escalation(id, org.disciplineReviewer, Locale.SIMPLIFIED_CHINESE)).contains("纪检监察审核人员");
		assertThat(chat.say(user(org.supervisor), "我的待办")).singleElement()
			.asString()
			.contains("【交接" + id + " ")
			.contains("请督促组织人和承办人办理");

		// done: off the list
		checklist.submit(org.actor(org.departing), id);
		assertThat(chat.say(organizer, "我的待办")).singleElement().asString().startsWith("您目前没有需要办理的待办事项");
	}

	/**
	 * 我的待办 finds the escalated step in the escalation notices it was told in: their texts
	 * are kept while the step waits, though delivered texts older than the retention are
	 * otherwise blanked (they were, and the step dropped off the list).
	 */
	@Test
	void anEscalatedStepStaysOnTheListPastTheDeliveredTextsRetention() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));
		clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		// delivered long ago, as far as the purge can tell
		jdbc.update("UPDATE outbox SET status = 'EXPANDED', created_at = ? WHERE handover_id = ?",
				"2026-12-08 02:00:00.000", id);
		jdbc.update(
				"UPDATE delivery SET status = 'SENT' WHERE outbox_id IN (SELECT id FROM outbox WHERE handover_id = ?)",
				id);
		purge.purge(Instant.parse("2027-12-31T00:00:00Z"));

		assertThat(jdbc.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'",
				String.class, id))
			.as("other delivered notices are blanked as before")
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p).isEqualTo("{\"purged\":true}"));
		assertThat(chat.say(user(org.organizer), "我的待办")).singleElement()
			.asString()
			.startsWith("您没有需要亲自办理的待办；您收到督办、尚未办结的环节共1项")
			.contains("【交接" + id + " ");

		// once the step is done, its escalations are blanked like any other notice
		checklist.submit(org.actor(org.departing), id);
		purge.purge(Instant.parse("2027-12-31T00:00:00Z"));
		assertThat(jdbc.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'ESCALATION'",
				String.class, id))
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p).isEqualTo("{\"purged\":true}"));
	}

	/** The newest escalation to the official about the handover, as they read it. */
	private String escalation(long handoverId, long recipient, Locale locale) {
		String payload = jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'ESCALATION'"
				+ " AND recipient_id = ? ORDER BY id DESC LIMIT 1", String.class, handoverId, recipient);
		return new NotificationRenderer(messages, locale).render(OutboxEvent.ESCALATION,
				JsonMapper.builder().build().readTree(payload));
	}

	private String user(long official) {
		String user = "t" + official;
		directory.bindIdentity("WEB", ScriptedChat.CORP, user, official);
		return user;
	}

}
