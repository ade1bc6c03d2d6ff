package dev.baton.bot.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.TimeSource;
import dev.baton.scheduler.broadcast.BroadcastRunner;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one run of a broadcast to the outbox. The run is claimed first
 * ({@code broadcast_run}, unique per broadcast and fire time), so a trigger fired twice
 * (recovery, a second instance) sends once. Recipients are resolved now. A digest without
 * a unit of its own gives each recipient the digest of their own scope.
 */
@Service
public class BroadcastService implements BroadcastRunner {

	private final BroadcastMapper mapper;

	private final SupervisionDigest digests;

	private final Directory directory;

	private final Outbox outbox;

	private final WorkCalendar calendar;

	private final TimeSource time;

	private final UnitGroups groups;

	BroadcastService(BroadcastMapper mapper, SupervisionDigest digests, Directory directory, Outbox outbox,
			WorkCalendar calendar, TimeSource time, UnitGroups groups) {
		this.groups = groups;
		this.mapper = mapper;
		this.digests = digests;
		this.directory = directory;
		this.outbox = outbox;
		this.calendar = calendar;
		this.time = time;
	}

	@Override
	@Transactional
	public void run(long broadcastId, Instant scheduledFireTime) {
		Broadcast b = mapper.find(broadcastId);
		if (b == null || !b.enabled()) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(scheduledFireTime, ZoneId.of(b.timeZone()));
		if (b.workingDaysOnly() && !calendar.isWorkingDay(day)) {
			claim(b, scheduledFireTime, "SKIPPED_REST_DAY", 0);
			return;
		}
		if (b.target() == BroadcastTarget.GROUP) {
			// a unit with no group bound (unbound since the broadcast was saved): the run
			// says nothing went, and the post is the organizers' dead letter
			boolean bound = groups.anyBound(b.unitId());
			if (claim(b, scheduledFireTime, bound ? "SENT" : "NO_GROUP", bound ? 1 : 0)) {
				toGroups(b);
			}
			return;
		}
		List<Outbox.Notification> messages = b.kind() == BroadcastKind.MESSAGE ? message(b) : digests(b);
		int recipients = messages.stream().mapToInt(m -> m.recipients().size()).sum();
		if (claim(b, scheduledFireTime, "SENT", recipients)) {
			outbox.enqueueAll(messages);
		}
	}

	private boolean claim(Broadcast b, Instant fireTime, String outcome, int recipients) {
		try {
			mapper.insertRun(b.id(), fireTime, time.now(), outcome, recipients);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private List<Outbox.Notification> message(Broadcast b) {
		return List.of(new Outbox.Notification(null, OutboxEvent.BROADCAST, recipients(b), false, messagePayload(b)));
	}

	private static Map<String, Object> messagePayload(Broadcast b) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("broadcastId", b.id());
		payload.put("name", b.name());
		payload.put("text", b.message());
		return payload;
	}

	/**
	 * One post to the unit's groups (a unit with none bound is a dead letter its
	 * organizers see). A digest for a group keeps the counts and drops the names and
	 * findings: those go 1:1 only.
	 */
	private void toGroups(Broadcast b) {
		if (b.kind() == BroadcastKind.MESSAGE) {
			outbox.enqueueToGroups(null, OutboxEvent.BROADCAST, b.unitId(), messagePayload(b));
			return;
		}
		OrgUnit unit = directory.unit(b.unitId());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("broadcastId", b.id());
		payload.put("name", b.name());
		payload.putAll(digests.forGroup(unit.path(), unit.name()));
		outbox.enqueueToGroups(null, OutboxEvent.GROUP_DIGEST, b.unitId(), payload);
	}

	/**
	 * One digest per recipient and scope: the broadcast's unit, or else each scope the
	 * recipient holds the role over.
	 */
	private List<Outbox.Notification> digests(Broadcast b) {
		Map<String, Map<String, Object>> byScope = new LinkedHashMap<>();
		List<Outbox.Notification> messages = new ArrayList<>();
		OrgUnit unit = b.unitId() == null ? null : directory.unit(b.unitId());
		for (long recipient : recipients(b)) {
			List<OrgUnit> scopes = unit != null ? List.of(unit) : scopesOf(recipient, b);
			for (OrgUnit scope : scopes) {
				Map<String, Object> digest = byScope.computeIfAbsent(scope.path(), p -> digests.of(p, scope.name()));
				Map<String, Object> payload = new LinkedHashMap<>();
				payload.put("broadcastId", b.id());
				payload.put("name", b.name());
				payload.putAll(digest);
				messages.add(new Outbox.Notification(null, OutboxEvent.SUPERVISION_DIGEST, List.of(recipient), true,
						payload));
			}
		}
		return messages;
	}

	private List<OrgUnit> scopesOf(long official, Broadcast b) {
		List<RoleAssignment> roles = directory.rolesOf(official);
		return roles.stream()
			.filter(r -> b.target() != BroadcastTarget.ROLE || r.role() == b.targetRole())
			// a root administrator's scope is every unit: a digest per top unit
			.flatMap(r -> r.root() ? directory.topUnits().stream() : Stream.of(directory.unit(r.scopeUnitId())))
			.distinct()
			.toList();
	}

	private List<Long> recipients(Broadcast b) {
		if (b.target() == BroadcastTarget.UNIT) {
			return directory.officialsUnder(b.unitId()).stream().filter(o -> o.active()).map(o -> o.id()).toList();
		}
		return b.unitId() == null ? directory.holdersAnywhere(b.targetRole())
				: directory.holders(b.targetRole(), b.targetDepartment(), b.unitId());
	}

}
