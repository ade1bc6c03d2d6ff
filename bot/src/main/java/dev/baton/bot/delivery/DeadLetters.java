package dev.baton.bot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What could not be delivered to a unit's officials and groups, in one list: replies in
 * the conversation, notices and group posts, each with the platform's reason. For the
 * unit's administrators and organizers.
 */
@Service
public class DeadLetters {

	static final int MAX = 500;

	private final DeadLetterMapper mapper;

	private final Directory directory;

	private final Access access;

	private final AuditLog audit;

	private final TimeSource time;

	private final ChatPlatforms platforms;

	DeadLetters(DeadLetterMapper mapper, Directory directory, Access access, AuditLog audit, TimeSource time,
			ChatPlatforms platforms) {
		this.platforms = platforms;
		this.mapper = mapper;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.time = time;
	}

	/** The rows a dead letter may be retried from ({@link DeadLetter#source()}). */
	public enum Source {

		REPLY, DELIVERY, OUTBOX,
		/**
		 * an event a person sent that could not be handled (inbox {@code DEAD}): handled
		 * again from the start
		 */
		INBOX

	}

	/** How long a reason for discarding may be. */
	public static final int REASON_MAX = 500;

	/**
	 * Sends a dead letter again from the start (#17): a reply or a delivery by its worker
	 * with its attempts reset, a notice no account or group was bound for expanded again
	 * to those bound now. For the administrators and organizers over the unit it was for;
	 * audited. One that is no longer dead is refused and nothing changes; so is one that
	 * cannot go however often it is sent, to a corp this instance has no app for
	 * (newcomer 20b: 14).
	 */
	@Transactional
	public void retry(Actor actor, Source source, long id) {
		DeadLetterMapper.Target target = target(source, id);
		access.require(actor, Action.RETRY_DEAD_LETTER, Subject.unit(target.unitPath()));
		if ("DEAD".equals(target.status()) && target.platform() != null && target.corpId() != null
				&& (source == Source.REPLY || source == Source.DELIVERY)
				&& platforms.get(Platform.valueOf(target.platform()), target.corpId()) == null) {
			throw new ConflictException("deadLetter.cannotSucceed",
					source + " " + id + ": "
							+ FailureReasons.noApp(Platform.valueOf(target.platform()), target.corpId())
							+ ", a retry would fail again",
					new DefaultMessageSourceResolvable(new String[] { "supervision.platform." + target.platform() },
							target.platform()),
					target.corpId());
		}
		Instant now = time.now();
		int retried = switch (source) {
			case REPLY -> mapper.retryReply(id, now);
			case DELIVERY -> mapper.retryDelivery(id, now);
			case OUTBOX -> mapper.retryOutbox(id, now);
			case INBOX -> mapper.retryInbox(id, now);
		};
		if (retried == 0) {
			throw new ConflictException("deadLetter.notDead",
					source + " " + id + " is " + target.status() + ", not a dead letter", id);
		}
		audit.append(target.handoverId(), actor, "DEAD_LETTER_RETRIED",
				Map.of("source", source.name(), "id", id, "event", target.event(), "was", target.status()));
	}

	/**
	 * Gives a dead letter up for good (#17): it leaves the list, is never sent (or
	 * handled) again, and the audit log says who gave it up and why. For the same people
	 * as {@link #retry}; one that is no longer dead is refused and nothing changes.
	 */
	@Transactional
	public void discard(Actor actor, Source source, long id, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > REASON_MAX) {
			throw new InvalidInputException("deadLetter.discardReason",
					"say why, in at most " + REASON_MAX + " characters", REASON_MAX);
		}
		DeadLetterMapper.Target target = target(source, id);
		access.require(actor, Action.DISCARD_DEAD_LETTER, Subject.unit(target.unitPath()));
		Instant now = time.now();
		int discarded = switch (source) {
			case REPLY -> mapper.discardReply(id, now);
			case DELIVERY -> mapper.discardDelivery(id, now);
			case OUTBOX -> mapper.discardOutbox(id, now);
			case INBOX -> mapper.discardInbox(id, now);
		};
		if (discarded == 0) {
			throw new ConflictException("deadLetter.notDeadToDiscard",
					source + " " + id + " is " + target.status() + ", not a dead letter", id);
		}
		audit.append(target.handoverId(), actor, "DEAD_LETTER_DISCARDED", Map.of("source", source.name(), "id", id,
				"event", target.event(), "was", target.status(), "reason", why));
	}

	/**
	 * Where a dead letter stands now, for whoever may see the unit's dead letters: after
	 * a retry, whether it is on its way, went, or failed again and why.
	 */
	public Outcome outcome(Actor actor, Source source, long id) {
		DeadLetterMapper.Target target = target(source, id);
		access.require(actor, Action.VIEW_DEAD_LETTERS, Subject.unit(target.unitPath()));
		return new Outcome(switch (target.status()) {
			case "DEAD", "NO_ACCOUNT", "NO_GROUP" -> Outcome.State.FAILED;
			case "SENT", "DONE" -> Outcome.State.DONE;
			case "DISCARDED" -> Outcome.State.DISCARDED;
			default -> Outcome.State.UNDERWAY;
		}, target.lastError());
	}

	/**
	 * A dead letter's standing: failed (again), done (sent, or handled), given up, or
	 * still on its way; with the reason it last failed.
	 */
	public record Outcome(State state, String error) {

		public enum State {

			UNDERWAY, DONE, FAILED, DISCARDED

		}

	}

	private DeadLetterMapper.Target target(Source source, long id) {
		DeadLetterMapper.Target target = switch (source) {
			case REPLY -> mapper.reply(id);
			case DELIVERY -> mapper.delivery(id);
			case OUTBOX -> mapper.outbox(id);
			case INBOX -> mapper.inbox(id);
		};
		if (target == null) {
			throw new NotFoundException("deadLetter", id);
		}
		return target;
	}

	/**
	 * The newest (at most {@code limit}, capped at 500) of the units under
	 * {@code unitId}, newest first.
	 */
	public List<DeadLetter> under(Actor actor, long unitId, int limit) {
		String path = directory.unit(unitId).path();
		access.require(actor, Action.VIEW_DEAD_LETTERS, Subject.unit(path));
		return mapper.under(path, Math.max(1, Math.min(limit, MAX)));
	}

}
