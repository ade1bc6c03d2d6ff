package dev.baton.bot.handover;

import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #17, defect 1: after 更换接任人 the new successor never had the 离任交接通知书 the parties
 * had on opening. Now they get it once, through the outbox, saying they are the successor
 * (接任) of this handover, its deadline and what comes next for them; the replaced
 * successor is told once by the change's own notice, and nobody gets anything twice when
 * the change is repeated or the successor changes again.
 */
@DomainContext
class NewSuccessorNoticeTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	dev.baton.scheduler.calendar.WorkCalendar calendar;

	@Autowired
	dev.baton.bot.system.TimeSource time;

	@Autowired
	HandoverService handovers;

	@Autowired
	SuccessorChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theNewSuccessorGetsTheNoticeOnceAndTheReplacedOneIsToldOnce() {
		Handover h = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		long first = directory.addOfficial("冯新任", "局长（新拟任）", org.city.id()).id();
		long second = directory.addOfficial("韩再任", "局长（再拟任）", org.city.id()).id();

		changes.change(org.actor(org.organizer), h.id(), first, "原人选另有任用");
		assertThat(notices(h.id(), first)).hasSize(1);
		String notice = notices(h.id(), first).get(0);
		assertThat(notice).startsWith("【离任交接通知书】")
			.contains("交接" + h.id())
			.contains("接任者由" + directory.official(org.successor).name() + "同志改为冯新任同志")
			.contains("您现为本次交接的接任干部（接任）")
			.contains("交接清单须于" + h.checklistDue() + "前提交")
			.contains("原人选另有任用")
			.doesNotContain("签收”确认");
		assertThat(english(h.id(), first)).contains("You are now the successor").contains("due by " + h.checklistDue());
		// no 签收 card for them: acknowledging is the departing official's
		assertThat(jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'"
				+ " AND recipient_id = ?", String.class, h.id(), first))
			.doesNotContain("acknowledgedBy");
		assertThat(count(h.id(), "SUCCESSOR_CHANGED", org.successor)).isEqualTo(1);
		assertThat(notices(h.id(), org.successor)).as("the replaced one's opening notice only").hasSize(1);

		// the same change again changes nothing and sends nothing
		assertThatThrownBy(() -> changes.change(org.actor(org.organizer), h.id(), first, "再换一次"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(notices(h.id(), first)).hasSize(1);

		changes.change(org.actor(org.organizer), h.id(), second, "冯新任另有任用");
		assertThat(notices(h.id(), second)).hasSize(1);
		assertThat(notices(h.id(), second).get(0)).contains("接任者由冯新任同志改为韩再任同志");
		assertThat(notices(h.id(), first)).as("told once, replaced once").hasSize(1);
		assertThat(count(h.id(), "SUCCESSOR_CHANGED", first)).as("as the replaced one only").isEqualTo(1);
		assertThat(count(h.id(), "SUCCESSOR_CHANGED", org.successor)).isEqualTo(1);
		for (long party : List.of(org.departing, org.organizer)) {
			assertThat(notices(h.id(), party)).as("the other parties had theirs on opening").hasSize(1);
		}
	}

	/** Newcomer 21, finding 14: a checklist day already past is said as past. */
	@Test
	void aNewSuccessorAfterTheChecklistDayIsToldItIsPast() {
		Handover h = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		long later = directory.addOfficial("冯新任", "局长（新拟任）", org.city.id()).id();
		clock.advance(java.time.Duration.ofDays(30));
		int late = calendar.workingDaysBetween(h.checklistDue(), time.today());

		changes.change(org.actor(org.organizer), h.id(), later, "原人选另有任用");

		assertThat(notices(h.id(), later)).singleElement()
			.asString()
			.contains("交接清单须于" + h.checklistDue() + "前提交（该期限已过，已逾期" + late + "个工作日）");
		assertThat(english(h.id(), later)).contains("due by " + h.checklistDue() + " (already past: " + late);
	}

	private List<String> notices(long handoverId, long recipient) {
		return jdbc
			.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'"
					+ " AND recipient_id = ? ORDER BY id", String.class, handoverId, recipient)
			.stream()
			.map(p -> new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(OutboxEvent.NOTICE_ISSUED,
					JsonMapper.builder().build().readTree(p)))
			.toList();
	}

	private String english(long handoverId, long recipient) {
		String p = jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'NOTICE_ISSUED'"
				+ " AND recipient_id = ?", String.class, handoverId, recipient);
		return new NotificationRenderer(messages, Locale.ENGLISH).render(OutboxEvent.NOTICE_ISSUED,
				JsonMapper.builder().build().readTree(p));
	}

	private long count(long handoverId, String event, long recipient) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = ? AND recipient_id = ?", Long.class,
				handoverId, event, recipient);
	}

}
