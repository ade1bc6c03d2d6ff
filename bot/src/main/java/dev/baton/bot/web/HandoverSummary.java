package dev.baton.bot.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.RaisedFlag;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.policy.WaitingStepKind;

/**
 * A handover in a list: who, where, how far, what it waits for and until when, and the
 * discipline flags its record earns so far ({@code flags} only for organizers, reviewers,
 * supervisors and administrators: absent for the parties). {@code reasonNote}: the reason
 * in the organizer's words, with {@code OTHER} only (absent otherwise).
 */
public record HandoverSummary(long id, Ref unit, Ref departing, Ref successor, Ref organizer, HandoverReason reason,
		@JsonInclude(JsonInclude.Include.NON_NULL) String reasonNote, HandoverState state, String policyCode,
		LocalDate openedOn, LocalDate checklistDue, int reviewRound, List<Waiting> waiting,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<Flag> flags) {

	boolean overdue() {
		return waiting.stream().anyMatch(Waiting::overdue);
	}

	/** A unit or an official, by id and name. */
	public record Ref(long id, String name) {
	}

	/** A step still open, due on {@code dueOn}; overdue from the day after. */
	public record Waiting(WaitingStepKind kind, String subject, int round, LocalDate startedOn, LocalDate dueOn,
			boolean overdue) {

		/**
		 * The first day it is overdue: the day after its due day, the day the dashboard
		 * says "…起逾期" from (newcomer 21 #6: the ledger gave the due day instead).
		 */
		LocalDate overdueSince() {
			return dueOn.plusDays(1);
		}

	}

	/**
	 * A discipline flag; where it was noted when raised (#15), the day and the reason in
	 * Chinese and English (absent for a flag from before reasons were kept).
	 */
	public record Flag(DisciplineFlag code, String zh, String en,
			@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate raisedOn,
			@JsonInclude(JsonInclude.Include.NON_NULL) String reason,
			@JsonInclude(JsonInclude.Include.NON_NULL) String reasonEn) {

		static Flag of(DisciplineFlag flag) {
			return new Flag(flag, flag.zh(), flag.en(), null, null, null);
		}

		static Flag of(DisciplineFlag flag, RaisedFlag raised, java.time.ZoneId zone) {
			return raised == null ? of(flag) : new Flag(flag, flag.zh(), flag.en(),
					LocalDate.ofInstant(raised.raisedAt(), zone), raised.reasonZh(), raised.reasonEn());
		}

	}

}
