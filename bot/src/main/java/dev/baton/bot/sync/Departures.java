package dev.baton.bot.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone left the organization on the platform (an org event, or gone at
 * reconciliation): the official bound to their account becomes inactive (never deleted:
 * their history stays), and every open step of a running handover that was theirs to take
 * is reported to the organizers over the handover's unit as vacant, through the outbox,
 * in the same transaction: the handover, its record and its steps stay as they are until
 * someone is assigned. The steps that are a party's are the departing official's (签收, 清单,
 * 签字), the successor's (确认, 计划, 推进步骤, 签字) and the organizer's own signature; a reviewer's
 * step is found vacant by the escalation ladder, which reports vacant posts.
 */
@Component
class Departures {

	private final Directory directory;

	private final SyncMapper mapper;

	private final Outbox outbox;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	Departures(Directory directory, SyncMapper mapper, Outbox outbox, AuditLog audit, TransactionTemplate tx) {
		this.directory = directory;
		this.mapper = mapper;
		this.outbox = outbox;
		this.audit = audit;
		this.tx = tx;
	}

	/**
	 * The platform no longer lists this account; nothing happens for an account bound to
	 * nobody.
	 */
	void left(SyncSources.Source s, String userId, SyncReport report) {
		Optional<Long> bound = directory.officialIdByIdentity(s.platform().name(), s.corpId(), userId);
		if (bound.isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> {
			Official official = directory.official(bound.get());
			if (!official.active()) {
				return;
			}
			directory.deactivate(official.id());
			audit.append(null, Actor.SYSTEM, "SYNC_DEACTIVATED", Map.of("officialId", official.id(), "platform",
					s.platform().name(), "corpId", s.corpId(), "userId", userId));
			int vacant = reportVacancies(s, official);
			report.add(SyncReport.Kind.DEACTIVATED, SyncReport.Subject.OFFICIAL, userId, official.name(), official.id(),
					official.unitId(), vacant == 0 ? "sync.official.deactivated" : "sync.official.deactivatedWithSteps",
					official.name(), vacant);
		});
	}

	private int reportVacancies(SyncSources.Source s, Official official) {
		Map<Long, List<SyncMapper.PartyStep>> byHandover = new LinkedHashMap<>();
		for (SyncMapper.PartyStep step : mapper.findOpenStepsOf(official.id())) {
			if (theirs(step, official.id())) {
				byHandover.computeIfAbsent(step.handoverId(), k -> new ArrayList<>()).add(step);
			}
		}
		int count = 0;
		for (Map.Entry<Long, List<SyncMapper.PartyStep>> e : byHandover.entrySet()) {
			SyncMapper.PartyStep first = e.getValue().get(0);
			List<Map<String, Object>> steps = new ArrayList<>();
			for (SyncMapper.PartyStep step : e.getValue()) {
				steps.add(Map.of("step", step.kind(), "dueOn", step.dueOn().toString()));
			}
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("handoverId", e.getKey());
			payload.put("unit", first.unitName());
			payload.put("departing", first.departingName());
			payload.put("successor", first.successorName());
			payload.put("person", official.name());
			payload.put("post", official.post());
			payload.put("platform", s.platform().name());
			payload.put("steps", steps);
			outbox.enqueue(e.getKey(), OutboxEvent.OFFICIAL_LEFT, watchers(first, official.id()), false, payload);
			audit.append(e.getKey(), Actor.SYSTEM, "PARTY_LEFT_ORGANIZATION", Map.of("officialId", official.id(),
					"platform", s.platform().name(), "steps", e.getValue().stream().map(p -> p.kind()).toList()));
			count += steps.size();
		}
		return count;
	}

	/**
	 * Whether the step waits for this official as a party or as the handover's organizer
	 * signing.
	 */
	private static boolean theirs(SyncMapper.PartyStep step, long officialId) {
		boolean departing = step.departingId() == officialId;
		boolean successor = step.successorId() == officialId;
		return switch (step.kind()) {
			case "NOTICE_RECEIPT", "CHECKLIST" -> departing;
			case "CONFIRMATION", "PLAN", "FOLLOW_UP_STEP" -> successor;
			case "SIGNING" ->
				departing && "DEPARTING".equals(step.subject()) || successor && "SUCCESSOR".equals(step.subject())
						|| step.organizerId() == officialId && "ORGANIZER".equals(step.subject());
			default -> false;
		};
	}

	/**
	 * The organizers over the handover's unit (and its own organizer), else its
	 * administrators, else any.
	 */
	private List<Long> watchers(SyncMapper.PartyStep step, long leaving) {
		Set<Long> people = new LinkedHashSet<>(directory.holdersOver(Role.ORGANIZER, null, step.unitPath()));
		if (step.organizerId() != leaving && directory.official(step.organizerId()).active()) {
			people.add(step.organizerId());
		}
		people.remove(leaving);
		if (people.isEmpty()) {
			people.addAll(directory.holdersOver(Role.ADMIN, null, step.unitPath()));
			people.remove(leaving);
		}
		if (people.isEmpty()) {
			people.addAll(directory.holdersAnywhere(Role.ADMIN));
			people.remove(leaving);
		}
		return List.copyOf(people);
	}

}
