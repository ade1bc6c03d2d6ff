package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handover itself refuses what its state does not allow, whichever service asks
 * (#16): the rules live in the aggregate, not in each caller. No database: the aggregate
 * alone.
 */
class HandoverStateRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

	private static Handover notified() {
		Handover h = Handover.open(1, 2, 3, 4, HandoverReason.TRANSFER, "p", "{}", "{}", 5, LocalDate.of(2026, 12, 5),
				LocalDate.of(2026, 12, 20), NOW);
		h.assignId(7);
		return h;
	}

	@Test
	void aNoticeIsAcknowledgedOnlyWhileNotified() {
		Handover h = notified();
		h.acknowledge(NOW);
		assertThat(h.acknowledgedAt()).isEqualTo(NOW);

		Handover drafting = notified();
		drafting.moveTo(HandoverState.DRAFTING);
		assertThatThrownBy(() -> drafting.acknowledge(NOW)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("DRAFTING");
		assertThat(drafting.acknowledgedAt()).isNull();
	}

	@Test
	void eachStepRefusesAStateThatDoesNotLeadToIt() {
		Handover h = notified();
		assertThatThrownBy(() -> h.submit(NOW)).isInstanceOf(InvalidStateException.class);
		assertThat(h.reviewRound()).isZero();
		assertThat(h.submittedAt()).isNull();
		assertThatThrownBy(() -> h.archive(NOW, "abc")).isInstanceOf(InvalidStateException.class);
		assertThat(h.archivedAt()).isNull();
		assertThatThrownBy(() -> h.close(NOW)).isInstanceOf(InvalidStateException.class);
		assertThat(h.closedAt()).isNull();

		h.moveTo(HandoverState.DRAFTING);
		h.submit(NOW);
		assertThat(h.reviewRound()).isEqualTo(1);

		h.cancel(NOW, "moved");
		h.moveTo(HandoverState.CANCELLED);
		assertThatThrownBy(() -> h.cancel(NOW, "again")).isInstanceOf(InvalidStateException.class);
		assertThat(h.cancelReason()).isEqualTo("moved");
	}

	@Test
	void aFrozenRecordRefusesEveryChange() {
		Handover h = notified();
		for (HandoverState next : new HandoverState[] { HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING, HandoverState.ARCHIVED }) {
			h.moveTo(next);
		}
		assertThatThrownBy(() -> h.require("edit the checklist", HandoverState.ARCHIVED))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> h.require("edit the checklist", HandoverState.DRAFTING))
			.isInstanceOf(RecordFrozenException.class);
	}

	@Test
	void anAllowedStatePasses() {
		Handover h = notified();
		h.require("start the checklist", HandoverState.NOTIFIED, HandoverState.DRAFTING);
		assertThatThrownBy(() -> h.require("review", HandoverState.IN_REVIEW)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("cannot review");
	}

}
