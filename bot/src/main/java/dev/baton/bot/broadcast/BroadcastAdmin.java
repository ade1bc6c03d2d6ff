package dev.baton.bot.broadcast;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.directory.Role;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.quartz.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broadcasts edited at runtime: the row, its Quartz trigger and the audit entry change
 * together. Administrators may manage any broadcast; organizers those about a unit in
 * their scope.
 */
@Service
public class BroadcastAdmin {

	static final int MESSAGE_MAX = 2000;

	private final BroadcastMapper mapper;

	private final BroadcastTriggers triggers;

	private final Access access;

	private final Directory directory;

	private final AuditLog audit;

	private final TimeSource time;

	private final UnitGroups groups;

	BroadcastAdmin(BroadcastMapper mapper, BroadcastTriggers triggers, Access access, Directory directory,
			AuditLog audit, TimeSource time, UnitGroups groups) {
		this.groups = groups;
		this.mapper = mapper;
		this.triggers = triggers;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.time = time;
	}

	public List<Broadcast> list(Actor actor) {
		return mapper.all()
			.stream()
			.filter(b -> access.allowed(actor, Action.MANAGE_BROADCASTS, subject(b.unitId()), null))
			.toList();
	}

	public Broadcast get(Actor actor, long id) {
		Broadcast b = find(id);
		access.require(actor, Action.MANAGE_BROADCASTS, subject(b.unitId()));
		return b;
	}

	@Transactional
	public Broadcast create(Actor actor, BroadcastDraft draft) {
		access.require(actor, Action.MANAGE_BROADCASTS, subject(draft.unitId()));
		String zone = check(draft);
		BroadcastMapper.IdHolder id = new BroadcastMapper.IdHolder();
		mapper.insert(draft, zone, time.now(), id);
		Broadcast b = find(id.id);
		triggers.schedule(b);
		audit.append(null, actor, "BROADCAST_CREATED", describe(b));
		return b;
	}

	@Transactional
	public Broadcast update(Actor actor, long id, BroadcastDraft draft) {
		access.require(actor, Action.MANAGE_BROADCASTS, subject(find(id).unitId()));
		access.require(actor, Action.MANAGE_BROADCASTS, subject(draft.unitId()));
		String zone = check(draft);
		mapper.update(id, draft, zone, time.now());
		Broadcast b = find(id);
		triggers.schedule(b);
		audit.append(null, actor, "BROADCAST_CHANGED", describe(b));
		return b;
	}

	@Transactional
	public void delete(Actor actor, long id) {
		Broadcast b = find(id);
		access.require(actor, Action.MANAGE_BROADCASTS, subject(b.unitId()));
		triggers.unschedule(id);
		mapper.deleteRuns(id);
		mapper.delete(id);
		audit.append(null, actor, "BROADCAST_DELETED", describe(b));
	}

	private Broadcast find(long id) {
		Broadcast b = mapper.find(id);
		if (b == null) {
			throw new NotFoundException("broadcast", id);
		}
		return b;
	}

	private Subject subject(Long unitId) {
		return new Subject(unitId == null ? "/" : directory.unit(unitId).path(), -1, -1);
	}

	/**
	 * @return the time zone to store
	 */
	private String check(BroadcastDraft d) {
		if (d.name() == null || d.name().isBlank() || d.name().length() > 128) {
			throw new InvalidInputException("broadcast.badName", "a broadcast needs a name of at most 128 characters",
					128);
		}
		if (d.cron() == null || d.cron().length() > 120 || !CronExpression.isValidExpression(d.cron())) {
			throw new InvalidInputException("broadcast.badCron", "not a Quartz cron expression: " + d.cron(),
					String.valueOf(d.cron()));
		}
		String zone = d.timeZone() == null || d.timeZone().isBlank() ? time.zone().getId() : d.timeZone().strip();
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("broadcast.badZone", "not a time zone: " + zone, zone);
		}
		boolean roleTarget = d.target() == BroadcastTarget.ROLE;
		if (roleTarget ? d.targetRole() == null || (d.targetRole() == Role.REVIEWER) != (d.targetDepartment() != null)
				: d.unitId() == null || d.targetRole() != null) {
			throw new InvalidInputException("broadcast.badTarget",
					"a ROLE broadcast names a role (and a department for reviewers); a UNIT or GROUP broadcast names a unit");
		}
		if (d.target() == BroadcastTarget.GROUP && !groups.anyBound(d.unitId())) {
			// nothing could be sent: every run would be a dead letter (newcomer 20b: 10)
			throw new InvalidInputException("broadcast.noGroup",
					"unit " + d.unitId() + " has no chat group bound: a broadcast to its groups could not be sent",
					directory.unit(d.unitId()).name());
		}
		if (d.kind() == BroadcastKind.MESSAGE
				&& (d.message() == null || d.message().isBlank() || d.message().length() > MESSAGE_MAX)) {
			throw new InvalidInputException("broadcast.badMessage", "a message broadcast needs a text", MESSAGE_MAX);
		}
		return zone;
	}

	private static Map<String, Object> describe(Broadcast b) {
		return Map.of("broadcast", b.id(), "name", b.name(), "kind", b.kind().name(), "cron", b.cron(), "timeZone",
				b.timeZone(), "target", b.target().name(), "enabled", b.enabled());
	}

}
