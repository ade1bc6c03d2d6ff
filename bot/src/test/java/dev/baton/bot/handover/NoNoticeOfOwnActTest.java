package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.policy.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 20b, findings 3 and 4: the new successor named by 更换接任人 gets one message for
 * the change (the 离任交接通知书, which says it), not that and 【接任人变更】 too; and the one who acts
 * (an extension, a change of successor, a cancel) is not sent a notice of their own act,
 * while the others concerned are.
 */
@DomainContext
class NoNoticeOfOwnActTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	HandoverService handovers;

	@Autowired
	SuccessorChanges changes;

	@Autowired
	DeadlineExtensions extensions;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theNewSuccessorHasOneMessageForTheChangeAndTheOrganizerNoneForTheirOwn() {
		Handover h = open();
		long next = directory.addOfficial("冯新任", "局长（新拟任）", org.city.id()).id();

		changes.change(org.actor(org.organizer), h.id(), next, "原人选另有任用");

		assertThat(events(h.id(), next)).as("the notice says the change: one message").containsExactly("NOTICE_ISSUED");
		assertThat(events(h.id(), org.organizer)).as("the organizer made the change").containsExactly("NOTICE_ISSUED");
		assertThat(events(h.id(), org.successor)).containsExactly("NOTICE_ISSUED", "SUCCESSOR_CHANGED");
		assertThat(events(h.id(), org.departing)).containsExactly("NOTICE_ISSUED", "SUCCESSOR_CHANGED");
	}

	@Test
	void theOrganizerIsNotToldOfTheirOwnExtensionOrCancel() {
		Handover h = open();

		extensions.extend(org.actor(org.organizer), h.id(), new DeadlineExtensions.Request(Period.workingDays(3), null),
				"离任干部住院");

		assertThat(events(h.id(), org.organizer)).containsExactly("NOTICE_ISSUED");
		assertThat(events(h.id(), org.departing)).containsExactly("NOTICE_ISSUED", "DEADLINE_EXTENDED");
		assertThat(events(h.id(), org.successor)).containsExactly("NOTICE_ISSUED", "DEADLINE_EXTENDED");

		handovers.cancel(org.actor(org.organizer), h.id(), "岗位调整暂缓");

		assertThat(events(h.id(), org.organizer)).containsExactly("NOTICE_ISSUED");
		assertThat(events(h.id(), org.departing)).containsExactly("NOTICE_ISSUED", "DEADLINE_EXTENDED",
				"HANDOVER_CANCELLED");
	}

	private Handover open() {
		return handovers.open(org.actor(org.organizer),
				new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER));
	}

	private List<String> events(long handoverId, long recipient) {
		return jdbc.queryForList("SELECT event FROM outbox WHERE handover_id = ? AND recipient_id = ? ORDER BY id",
				String.class, handoverId, recipient);
	}

}
