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
	 * Notes and tells a flag raised by an act, in the caller's transaction; {@code facts}
	 * say what raised it. Nothing happens when the handover has the flag already.
	 */
	public void raised(Handover h, DisciplineFlag flag, Map<String, ?> facts, FlagReason reason) {
		if (!noted(h, flag, reason)) {
			return;
		}
		List<Long> over = directory.holdersOver(Role.SUPERVISOR, null, h.unitPath())
			.stream()
			.filter(id -> id != h.departingId() && id != h.successorId())
			.toList();
		List<Long> told = tellParties(h, flag, reason, over.isEmpty());
		// a supervisor already told as a party (the organizer who is also 督办) is not told
		// again
		List<Long> supervisors = over.stream().filter(id -> !told.contains(id)).distinct().toList();
		if (supervisors.isEmpty()) {
			return;
		}
		Map<String, Object> payload = new LinkedHashMap<>(facts);
		payload.put("flag", Map.of("code", flag.name(), "zh", flag.zh(), "en", flag.en()));
		payload.put("variant", flag.name());
		// the supervisors read the same reason as the parties (#12, newcomer 13, finding
		// 9)
		payload.put("reason", reason.zh());
		payload.put("reasonEn", reason.en());
		payload.put("raisedOn", FlagReasons.date(time.today(), java.util.Locale.SIMPLIFIED_CHINESE));
		payload.put("raisedOnEn", time.today().toString());
		handoverNotices.notify(h, OutboxEvent.DISCIPLINE_FLAG, supervisors, true, payload);
	}

	/**
	 * Notes and tells a flag that came with time (久拖不交, 交后不理) to the person concerned and
	 * the organizer; the supervisors hear of the overdue step from the escalation ladder.
	 * True when it was raised now.
	 */
	public boolean raisedByTime(Handover h, DisciplineFlag flag, FlagReason reason) {
		if (!noted(h, flag, reason)) {
			return false;
		}
		tellParties(h, flag, reason, false);
		return true;
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
	 * follows; the organizer's notice also says when no supervisor is over the unit to be
	 * told ({@code noSupervisor}). The people told.
	 */
	private List<Long> tellParties(Handover h, DisciplineFlag flag, FlagReason reason, boolean noSupervisor) {
		long concerned = flag == DisciplineFlag.NEGLECT_AFTER_HANDOVER ? h.successorId() : h.departingId();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("flag", Map.of("code", flag.name(), "zh", flag.zh(), "en", flag.en()));
		payload.put("reason", reason.zh());
		payload.put("reasonEn", reason.en());
		payload.put("raisedOn", FlagReasons.date(time.today(), java.util.Locale.SIMPLIFIED_CHINESE));
		payload.put("raisedOnEn", time.today().toString());
		payload.put("variant", flag.name() + ".parties");
		List<Long> told = new ArrayList<>();
		if (concerned != h.organizerId()) {
			handoverNotices.notify(h, OutboxEvent.DISCIPLINE_FLAG, List.of(concerned), true, payload);
			told.add(concerned);
		}
		if (noSupervisor) {
			payload.put("variant", flag.name() + ".parties.noSupervisor");
		}
		handoverNotices.notify(h, OutboxEvent.DISCIPLINE_FLAG, List.of(h.organizerId()), true, payload);
		told.add(h.organizerId());
		return told;
	}

}
