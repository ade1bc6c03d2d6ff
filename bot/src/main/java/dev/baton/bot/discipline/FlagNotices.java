package dev.baton.bot.discipline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.TimeSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A discipline flag is noted when it is first raised, with its date and its reason in
 * words ({@link RaisedFlag}, #15), and told in chat once, 1:1 and confidential: to the
 * person it concerns (the departing official for 交接不清, 交接不实 and 久拖不交, the successor for
 * 交后不理) and the organizer, with the reason and what follows; and, for a flag raised by
 * what someone did, to the supervisors (督办) over the handover's unit (#13, newcomer 4:
 * 22). 交接不清 is raised by the first return of a checklist, 交接不实 by the first ruling that
 * corrects the departing official's statement; 久拖不交 and 交后不理 come with time: the due-step
 * sweep raises them when it meets their step overdue, and the supervisors hear of those
 * from the escalation ladder at its second level. With no supervisor over the unit the
 * organizer's notice says that, so a flag is never dropped unseen. One flag, one notice
 * per person (#12, newcomer 11): the organizer is told once, whether or not there is a
 * supervisor to tell and whether or not they are a supervisor too, and a person who is
 * both the one concerned and the organizer once.
 */
@Service
public class FlagNotices {

	private final Directory directory;

	private final DisciplineMapper mapper;

	private final TimeSource time;

	private final HandoverNotices handoverNotices;

	FlagNotices(Directory directory, DisciplineMapper mapper, TimeSource time, HandoverNotices handoverNotices) {
		this.handoverNotices = handoverNotices;
		this.time = time;
		this.directory = directory;
		this.mapper = mapper;
	}

	/**
	 * A flag folded into the notice of the act that raised it, for those who get both
	 * (newcomer 20a, finding 18: the departing official and the organizer got 【纪律提示：交接不清】
	 * and 【交接清单被退回】 quoting the same comment): per recipient, what their notice carries
	 * as {@code foldedFlag}.
	 */
	public record Fold(Map<Long, Map<String, Object>> flags) {

		public static final Fold NONE = new Fold(Map.of());

		/** The event's payload for this recipient, with the flag folded in if theirs. */
		public Map<String, Object> into(long recipient, Map<String, ?> payload) {
			Map<String, Object> out = new LinkedHashMap<>(payload);
			if (flags.containsKey(recipient)) {
				out.put("foldedFlag", flags.get(recipient));
			}
			return out;
		}

		/** Whether this recipient's notice carries the flag (it is then confidential). */
		public boolean has(long recipient) {
			return flags.containsKey(recipient);
		}

	}

	/**
	 * Notes and tells a flag raised by an act, in the caller's transaction; {@code facts}
	 * say what raised it. Those of {@code eventRecipients} whom the flag concerns (the
	 * person concerned, the organizer) get no notice of their own: the caller folds the
	 * returned {@link Fold} into the act's notice to them; everyone else told (the
	 * supervisors) gets the flag's own notice. Nothing happens when the handover has the
	 * flag already ({@link Fold#NONE}).
	 */
	public Fold raised(Handover h, DisciplineFlag flag, Map<String, ?> facts, FlagReason reason,
			java.util.Collection<Long> eventRecipients) {
		if (!noted(h, flag, reason)) {
			return Fold.NONE;
		}
		List<Long> holding = directory.holdersOver(Role.SUPERVISOR, null, h.unitPath()).stream().distinct().toList();
		List<Long> over = holding.stream().filter(id -> id != h.departingId() && id != h.successorId()).toList();
		Map<Long, Map<String, Object>> folded = new LinkedHashMap<>();
		List<Long> told = tellParties(h, flag, flag.name(), reason, Map.of(), unwatched(holding, over), eventRecipients,
				folded);
		// a supervisor already told as a party (the organizer who is also 督办) is not told
		// again
		List<Long> supervisors = over.stream().filter(id -> !told.contains(id)).distinct().toList();
		if (!supervisors.isEmpty()) {
			Map<String, Object> payload = new LinkedHashMap<>(facts);
			payload.put("flag", Map.of("code", flag.name(), "zh", flag.zh(), "en", flag.en()));
			payload.put("variant", flag.name());
			// the supervisors read the same reason as the parties (#12, newcomer 13,
			// finding 9)
			payload.put("reason", reason.zh());
			payload.put("reasonEn", reason.en());
			payload.put("raisedOn", FlagReasons.date(time.today(), java.util.Locale.SIMPLIFIED_CHINESE));
			payload.put("raisedOnEn", time.today().toString());
			handoverNotices.notify(h, OutboxEvent.DISCIPLINE_FLAG, supervisors, true, payload);
		}
		return new Fold(folded);
	}

	/**
	 * Notes and tells a flag that came with time (久拖不交, 交后不理) to the person concerned and
	 * the organizer; the supervisors hear of the overdue step from the escalation ladder.
	 * The organizer reads what the flag means and what they can do (催办, 延期), not the
	 * words to the person concerned (newcomer 23, finding 18). Those of {@code escalated}
	 * (whom the sweep's escalation of the same lapse tells now) get no notice of their
	 * own: the caller folds the returned {@link Fold} into that escalation, so one lapse
	 * is one message. {@link Fold#NONE} when the flag was not raised now. For an overdue
	 * plan step ({@code step}, 5.1), {@code progress} is what was last reported on it
	 * (null for any other step): the flag stands whatever progress, and the notice says
	 * so and asks for the step done or extended, not for "a plan or progress" (newcomer
	 * 21 #21).
	 */
	public Fold raisedByTime(Handover h, DisciplineFlag flag, FlagReason reason, String step, FlagReason progress,
			java.util.Collection<Long> escalated) {
		if (!noted(h, flag, reason)) {
			return Fold.NONE;
		}
		Map<String, Object> more = new LinkedHashMap<>();
		if (progress != null) {
			more.put("progress", progress.zh());
			more.put("progressEn", progress.en());
			more.put("step", step);
		}
		Map<Long, Map<String, Object>> folded = new LinkedHashMap<>();
		tellParties(h, flag, progress == null ? flag.name() : flag.name() + ".step", reason, more,
				new Unwatched(".organizer", Map.of()), escalated, folded);
		return new Fold(folded);
	}

	/**
	 * What the organizer's notice says of the supervisors when none of them is told: none
	 * over the unit, or only parties of this handover, who are never told of a flag on
	 * their own handover (newcomer 22, finding 5: the notice said the unit had no
	 * supervisor while its supervisor was the departing official); null when one is told.
	 */
	private Unwatched unwatched(List<Long> holding, List<Long> told) {
		if (!told.isEmpty()) {
			return null;
		}
		if (holding.isEmpty()) {
			return new Unwatched(".noSupervisor", Map.of());
		}
		String names = holding.stream()
			.map(id -> directory.official(id).name())
			.collect(java.util.stream.Collectors.joining("、"));
		return new Unwatched(".supervisorIsParty", Map.of("partySupervisors", names));
	}

	/**
	 * The organizer's variant suffix and the fields it names (for a flag that came with
	 * time, {@code .organizer}: words written for the organizer).
	 */
	private record Unwatched(String suffix, Map<String, String> fields) {
	}

	/** The flags raised on these handovers, with when and why. */
	public List<RaisedFlag> of(java.util.Collection<Long> handoverIds) {
		return handoverIds.isEmpty() ? List.of() : mapper.raised(handoverIds);
	}

	private boolean noted(Handover h, DisciplineFlag flag, FlagReason reason) {
		if (!mapper.raised(List.of(h.id())).stream().noneMatch(f -> f.flag() == flag)) {
			return false;
		}
		try {
			mapper.insert(new RaisedFlag(h.id(), flag, time.now(), reason.zh(), reason.en()));
			return true;
		}
		catch (DuplicateKeyException raisedMeanwhile) {
			// another instance's sweep met the same handover's step: it tells
			return false;
		}
	}

	/**
	 * The person the flag concerns and the organizer, once each, with the reason and what
	 * follows; the organizer's notice also says when no supervisor is there to be told
	 * ({@code unwatched}: none over the unit, or only parties of the handover). Those who
	 * get the act's own notice ({@code eventRecipients}) are not sent one: theirs is put
	 * in {@code folded}. The people told.
	 */
	private List<Long> tellParties(Handover h, DisciplineFlag flag, String variant, FlagReason reason,
			Map<String, ?> more, Unwatched unwatched, java.util.Collection<Long> eventRecipients,
			Map<Long, Map<String, Object>> folded) {
		long concerned = flag == DisciplineFlag.NEGLECT_AFTER_HANDOVER ? h.successorId() : h.departingId();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("flag", Map.of("code", flag.name(), "zh", flag.zh(), "en", flag.en()));
		payload.put("reason", reason.zh());
		payload.put("reasonEn", reason.en());
		payload.put("raisedOn", FlagReasons.date(time.today(), java.util.Locale.SIMPLIFIED_CHINESE));
		payload.put("raisedOnEn", time.today().toString());
		payload.putAll(more);
		payload.put("variant", variant + ".parties");
		List<Long> told = new ArrayList<>();
		if (concerned != h.organizerId()) {
			tell(h, concerned, payload, eventRecipients, folded);
			told.add(concerned);
		}
		if (unwatched != null) {
			payload.put("variant", variant + ".parties" + unwatched.suffix());
			payload.putAll(unwatched.fields());
		}
		tell(h, h.organizerId(), payload, eventRecipients, folded);
		told.add(h.organizerId());
		return told;
	}

	/**
	 * The flag's own notice to one person, or folded into the act's notice to them (its
	 * variant then {@code <variant>.folded}: what the act's notice does not say already).
	 */
	private void tell(Handover h, long to, Map<String, Object> payload, java.util.Collection<Long> eventRecipients,
			Map<Long, Map<String, Object>> folded) {
		if (eventRecipients.contains(to)) {
			Map<String, Object> fold = new LinkedHashMap<>(payload);
			fold.put("variant", payload.get("variant") + ".folded");
			folded.put(to, fold);
			return;
		}
		handoverNotices.notify(h, OutboxEvent.DISCIPLINE_FLAG, List.of(to), true, payload);
	}

}
