package dev.baton.bot.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handover itself refuses what its state does not allow, whichever service asks
 * (#16): each act is a method of the aggregate, which changes the state or refuses with
 * the refusal the services gave before (error.invalidState.*, error.frozen, the
 * successor-change conflict) and changes nothing. No database: the aggregate alone, led
 * through its life by its own methods.
 */
class HandoverStateRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

	private static final Instant LATER = Instant.parse("2026-12-06T09:00:00Z");

	private static final LocalDate DUE = LocalDate.of(2026, 12, 20);

	private static Handover notified() {
		Handover h = Handover.open(1, 2, 3, 4, HandoverReason.TRANSFER, null, "p", "{}", "{}", 5,
				LocalDate.of(2026, 12, 5), DUE, NOW);
		h.assignId(7);
		return h;
	}

	/** A handover led by its own acts to the state asked for. */
	private static Handover in(HandoverState wanted) {
		Handover h = notified();
		if (wanted == HandoverState.CANCELLED) {
			h.cancel(NOW, "moved");
			return h;
		}
		if (wanted == HandoverState.CLOSED) {
			h = in(HandoverState.ARCHIVED);
			h.close(LATER);
			return h;
		}
		for (Consumer<Handover> act : java.util.List.<Consumer<Handover>>of(x -> x.acknowledge(NOW), x -> x.submit(NOW),
				Handover::passReview, Handover::startSigning, x -> x.archive(NOW, "abc"), Handover::startFollowUp)) {
			if (h.state() == wanted) {
				return h;
			}
			act.accept(h);
		}
		assertThat(h.state()).isEqualTo(wanted);
		return h;
	}

	/**
	 * The act succeeds in exactly the states given and is refused in every other, with
	 * the refusal's message key, leaving the state as it was.
	 */
	private static void onlyIn(Set<HandoverState> allowed, Consumer<Handover> act) {
		for (HandoverState s : HandoverState.values()) {
			Handover h = in(s);
			if (allowed.contains(s)) {
				act.accept(h);
				continue;
			}
			assertThatThrownBy(() -> act.accept(h)).as("in %s", s)
				.isInstanceOf(BatonException.class)
				.satisfies(e -> assertThat(((BatonException) e).messageKey()).isEqualTo(refusal(s)));
			assertThat(h.state()).as("unchanged in %s", s).isEqualTo(s);
		}
	}

	/** What a state refuses with: frozen records as frozen, the others by their state. */
	private static String refusal(HandoverState s) {
		return s.frozen() ? "error.frozen" : "error.invalidState." + s.name();
	}

	@Test
	void aNoticeIsAcknowledgedOnlyWhileNotifiedAndDraftingBegins() {
		Handover h = notified();
		Transition t = h.acknowledge(NOW);
		assertThat(t).isEqualTo(new Transition(HandoverState.NOTIFIED, HandoverState.DRAFTING));
		assertThat(h.state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(h.acknowledgedAt()).isEqualTo(NOW);

		assertThatThrownBy(() -> h.acknowledge(LATER)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("DRAFTING")
			.hasMessageContaining("cannot acknowledge the notice");
		assertThat(h.acknowledgedAt()).isEqualTo(NOW);
		onlyIn(EnumSet.of(HandoverState.NOTIFIED), x -> x.acknowledge(LATER));
	}

	@Test
	void onlyADraftGoesToReviewEachTimeANewRound() {
		Handover h = notified();
		assertThatThrownBy(() -> h.submit(NOW)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("cannot submit");
		assertThat(h.reviewRound()).isZero();
		assertThat(h.submittedAt()).isNull();

		h.acknowledge(NOW);
		assertThat(h.submit(NOW)).isEqualTo(new Transition(HandoverState.DRAFTING, HandoverState.IN_REVIEW));
		assertThat(h.reviewRound()).isEqualTo(1);
		assertThat(h.returnToDrafting()).isEqualTo(new Transition(HandoverState.IN_REVIEW, HandoverState.DRAFTING));
		h.submit(LATER);
		assertThat(h.reviewRound()).isEqualTo(2);
		assertThat(h.submittedAt()).isEqualTo(LATER);
		onlyIn(EnumSet.of(HandoverState.DRAFTING), x -> x.submit(LATER));
		onlyIn(EnumSet.of(HandoverState.DRAFTING), Handover::requireSubmittable);
	}

	@Test
	void reviewersReturnOrPassOnlyDuringReview() {
		Handover h = in(HandoverState.IN_REVIEW);
		assertThat(h.passReview()).isEqualTo(new Transition(HandoverState.IN_REVIEW, HandoverState.CONFIRMING));
		assertThatThrownBy(h::returnToDrafting).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("cannot review");
		assertThat(h.state()).isEqualTo(HandoverState.CONFIRMING);
		onlyIn(EnumSet.of(HandoverState.IN_REVIEW), Handover::passReview);
		onlyIn(EnumSet.of(HandoverState.IN_REVIEW), Handover::returnToDrafting);
		onlyIn(EnumSet.of(HandoverState.IN_REVIEW), Handover::requireInReview);
	}

	@Test
	void signingStartsFromConfirmationAndArchivingFromSigning() {
		Handover h = in(HandoverState.CONFIRMING);
		assertThat(h.startSigning()).isEqualTo(new Transition(HandoverState.CONFIRMING, HandoverState.SIGNING));
		assertThat(h.archive(LATER, "sha")).isEqualTo(new Transition(HandoverState.SIGNING, HandoverState.ARCHIVED));
		assertThat(h.archivedAt()).isEqualTo(LATER);
		assertThat(h.archiveSha256()).isEqualTo("sha");

		// a step to a state the current one does not lead to: refused by the state,
		// frozen
		// or not
		for (HandoverState s : HandoverState.values()) {
			Handover x = in(s);
			if (s == HandoverState.CONFIRMING) {
				x.startSigning();
				continue;
			}
			assertThatThrownBy(x::startSigning).isInstanceOf(InvalidStateException.class)
				.hasMessageContaining("cannot SIGNING");
		}
		Handover confirming = in(HandoverState.CONFIRMING);
		assertThatThrownBy(() -> confirming.archive(NOW, "sha")).isInstanceOf(InvalidStateException.class);
		assertThat(confirming.archivedAt()).isNull();
		assertThat(confirming.archiveSha256()).isNull();
	}

	@Test
	void followUpAndClosingComeAfterTheArchive() {
		Handover archived = in(HandoverState.ARCHIVED);
		assertThat(archived.startFollowUp()).isEqualTo(new Transition(HandoverState.ARCHIVED, HandoverState.FOLLOW_UP));
		assertThat(archived.close(LATER)).isEqualTo(new Transition(HandoverState.FOLLOW_UP, HandoverState.CLOSED));
		assertThat(archived.closedAt()).isEqualTo(LATER);

		Handover nothingLeft = in(HandoverState.ARCHIVED);
		nothingLeft.close(LATER);
		assertThat(nothingLeft.state()).isEqualTo(HandoverState.CLOSED);

		Handover signing = in(HandoverState.SIGNING);
		assertThatThrownBy(() -> signing.close(NOW)).isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(signing::startFollowUp).isInstanceOf(InvalidStateException.class);
		assertThat(signing.closedAt()).isNull();

		for (HandoverState s : HandoverState.values()) {
			Handover h = in(s);
			if (s == HandoverState.ARCHIVED || s == HandoverState.FOLLOW_UP) {
				h.requireFollowingUp("report progress");
				continue;
			}
			assertThatThrownBy(() -> h.requireFollowingUp("report progress")).isInstanceOf(InvalidStateException.class)
				.hasMessageContaining("cannot report progress");
		}
	}

	@Test
	void aHandoverIsCancelledAnyTimeBeforeTheArchiveWithItsReason() {
		Set<HandoverState> before = EnumSet.of(HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING);
		onlyIn(before, x -> {
			HandoverState from = x.state();
			assertThat(x.cancel(LATER, "调离")).isEqualTo(new Transition(from, HandoverState.CANCELLED));
			assertThat(x.cancelReason()).isEqualTo("调离");
			assertThat(x.cancelledAt()).isEqualTo(LATER);
		});
		onlyIn(before, Handover::requireCancellable);
		Handover cancelled = in(HandoverState.CANCELLED);
		assertThatThrownBy(() -> cancelled.cancel(LATER, "again")).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("cannot cancel");
		assertThat(cancelled.cancelReason()).isEqualTo("moved");
	}

	@Test
	void theSuccessorChangesBeforeSigningOnly() {
		onlyIn(EnumSet.of(HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING), x -> {
					if (x.state() == HandoverState.SIGNING) {
						// signing has its own refusal: a conflict, said as such
						assertThatThrownBy(() -> x.replaceSuccessor(9)).isInstanceOf(ConflictException.class)
							.satisfies(e -> assertThat(((ConflictException) e).messageKey())
								.isEqualTo("handover.successorChange.signing"));
						assertThat(x.successorId()).isEqualTo(3);
						return;
					}
					x.replaceSuccessor(9);
					assertThat(x.successorId()).isEqualTo(9);
				});
		Handover signing = in(HandoverState.SIGNING);
		assertThatThrownBy(signing::requireSuccessorChangeable).isInstanceOf(ConflictException.class);
		Handover archived = in(HandoverState.ARCHIVED);
		assertThatThrownBy(() -> archived.replaceSuccessor(9)).isInstanceOf(RecordFrozenException.class);
		assertThat(archived.successorId()).isEqualTo(3);
	}

	@Test
	void deadlinesMoveWhileTheHandoverRuns() {
		onlyIn(EnumSet.of(HandoverState.NOTIFIED, HandoverState.DRAFTING, HandoverState.IN_REVIEW,
				HandoverState.CONFIRMING, HandoverState.SIGNING), Handover::requireStageExtendable);
		for (HandoverState s : HandoverState.values()) {
			Handover h = in(s);
			LocalDate later = DUE.plusDays(5);
			if (s.active()) {
				h.extendChecklist(later);
				assertThat(h.checklistDue()).as("in %s", s).isEqualTo(later);
				continue;
			}
			assertThatThrownBy(() -> h.extendChecklist(later)).as("in %s", s)
				.isInstanceOf(InvalidStateException.class)
				.hasMessageContaining("cannot extend a deadline");
			assertThat(h.checklistDue()).isEqualTo(DUE);
		}
	}

	@Test
	void eachStageGuardsItsOwnActs() {
		onlyIn(EnumSet.of(HandoverState.NOTIFIED, HandoverState.DRAFTING),
				x -> x.requireChecklistOpen("edit the checklist"));
		onlyIn(EnumSet.of(HandoverState.CONFIRMING), x -> x.requireConfirming("confirm or dispute"));
		onlyIn(EnumSet.of(HandoverState.SIGNING), Handover::requireSigning);
	}

	@Test
	void aFrozenRecordRefusesEveryChange() {
		Handover h = in(HandoverState.ARCHIVED);
		assertThatThrownBy(() -> h.require("edit the checklist", HandoverState.ARCHIVED))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> h.require("edit the checklist", HandoverState.DRAFTING))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> in(HandoverState.FOLLOW_UP).requireChecklistOpen("edit"))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> in(HandoverState.CLOSED).requireCancellable())
			.isInstanceOf(RecordFrozenException.class);
	}

}
