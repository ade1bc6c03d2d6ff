package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账 / 导出台账 (1:1 only; a group is told to ask 1:1, #15): the ledger of the handovers
 * under each unit whose handovers the person oversees goes to them as an Excel file, the
 * same file GET /api/units/{id}/ledger.xlsx gives them (made in their scope when it is
 * sent). It goes through the outbox like the 交接书, so it reaches their chat accounts with
 * retries, and a failure is a dead letter. Whoever oversees no unit is told who may have
 * it.
 */
@Component
class LedgerFlow {

	/** The roles that may have a unit's ledger (Access: VIEW_LEDGER). */
	static final Set<Role> OVERSEEING = EnumSet.of(Role.ORGANIZER, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN);

	/**
	 * The most ledgers one 台账 sends (one per unit the person oversees, the outermost
	 * ones).
	 */
	static final int MAX_UNITS = 10;

	private final Directory directory;

	private final Outbox outbox;

	private final AuditLog audit;

	LedgerFlow(Directory directory, Outbox outbox, AuditLog audit) {
		this.directory = directory;
		this.outbox = outbox;
		this.audit = audit;
	}

	@Transactional
	Answer send(Turn turn) {
		List<OrgUnit> units = units(turn.actor());
		if (units.isEmpty()) {
			return turn.say("conv.ledger.denied");
		}
		List<String> names = new ArrayList<>();
		for (OrgUnit unit : units) {
			outbox.enqueue(null, OutboxEvent.LEDGER_REQUESTED, List.of(turn.actor().officialId()), true,
					Map.of("ledger", unit.id(), "unit", unit.name(), "language", turn.texts().english() ? "en" : "zh"));
			audit.append(null, turn.actor(), "LEDGER_REQUESTED", Map.of("unitId", unit.id()));
			names.add(unit.name());
		}
		return turn.say("conv.ledger.sent", turn.texts().list(names));
	}

	/**
	 * The outermost units the person oversees: those of their roles, less any under
	 * another of them.
	 */
	private List<OrgUnit> units(Actor actor) {
		List<OrgUnit> scopes = new ArrayList<>();
		for (RoleAssignment r : actor.roles()) {
			if (!OVERSEEING.contains(r.role())) {
				continue;
			}
			if (r.root()) {
				scopes.addAll(directory.topUnits());
			}
			else {
				scopes.add(directory.unit(r.scopeUnitId()));
			}
		}
		List<OrgUnit> outermost = new ArrayList<>();
		for (OrgUnit u : scopes) {
			boolean covered = scopes.stream().anyMatch(o -> o.id() != u.id() && o.covers(u.path()));
			if (!covered && outermost.stream().noneMatch(o -> o.id() == u.id())) {
				outermost.add(u);
			}
		}
		return outermost.size() > MAX_UNITS ? outermost.subList(0, MAX_UNITS) : outermost;
	}

}
