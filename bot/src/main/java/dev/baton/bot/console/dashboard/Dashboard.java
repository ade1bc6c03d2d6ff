package dev.baton.bot.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.console.dashboard.DashboardView.OpenStep;
import dev.baton.bot.console.dashboard.DashboardView.OverdueStep;
import dev.baton.bot.console.dashboard.DashboardView.Person;
import dev.baton.bot.console.dashboard.DashboardView.Row;
import dev.baton.bot.console.dashboard.DashboardView.UnitCount;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.RoleAssignment;
import dev.baton.bot.directory.UnitNode;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.DisciplineRecords;
import dev.baton.bot.escalation.EscalationNotice;
import dev.baton.bot.escalation.NextLevels;
import dev.baton.bot.escalation.StageLog;
import dev.baton.bot.escalation.StepOwners;
import tools.jackson.databind.JsonNode;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.WaitingStep;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 督办 dashboard as a read model: the handovers under the reader's scopes (every role
 * they hold over a unit: organizer, reviewer, supervisor, administrator), graded
 * ({@link Grades}), with their discipline flags, counts rolled up the unit tree, overdue
 * steps with their owners, and escalation levels with the time to act after each. One
 * read-only transaction, a constant number of queries for the list (owners are looked up
 * per post, once each).
 */
@Service
public class Dashboard {

	/** The escalation levels the dashboard lists, newest first. */
	static final int ESCALATIONS = 100;

	private final DashboardMapper mapper;

	private final DisciplineRecords discipline;

	private final Grades grades;

	private final StepOwners owners;

	private final Directory directory;

	private final Access access;

	private final TimeSource time;

	private final NextLevels nextLevels;

	Dashboard(DashboardMapper mapper, DisciplineRecords discipline, Grades grades, StepOwners owners,
			Directory directory, Access access, TimeSource time, NextLevels nextLevels) {
		this.nextLevels = nextLevels;
		this.mapper = mapper;
		this.discipline = discipline;
		this.grades = grades;
		this.owners = owners;
		this.directory = directory;
		this.access = access;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public DashboardView view(Actor actor, DashboardQuery query) {
		String name = query.searched();
		if (name != null && name.length() > DashboardQuery.MAX_NAME) {
			throw new InvalidInputException("console.dashboard.nameTooLong",
					"a name searched for is at most " + DashboardQuery.MAX_NAME + " characters",
					DashboardQuery.MAX_NAME);
		}
		String unitPath = null;
		if (query.unitId() != null) {
			unitPath = directory.unit(query.unitId()).path();
			access.require(actor, Action.VIEW_LEDGER, Subject.unit(unitPath));
		}
		List<String> scopes = scopes(actor);
		LocalDate today = time.today();
		Instant now = time.now();
		List<HandoverBrief> found = mapper.handovers(scopes, query.state(), unitPath, like(name),
				DashboardQuery.MAX_HANDOVERS + 1);
		boolean truncated = found.size() > DashboardQuery.MAX_HANDOVERS;
		if (truncated) {
			found = found.subList(0, DashboardQuery.MAX_HANDOVERS);
		}
		List<Long> ids = found.stream().map(HandoverBrief::id).toList();
		Map<Long, List<WaitingStep>> steps = discipline.steps(ids);
		Map<Long, List<WaitingStep>> supervised = new HashMap<>();
		found.stream()
			.filter(b -> access.maySeeSupervision(actor, subject(b)))
			.forEach(b -> supervised.put(b.id(), steps.get(b.id())));
		Map<Long, Set<DisciplineFlag>> flags = discipline.flags(supervised, today, time.zone());
		Map<Long, Instant> urged = new HashMap<>();
		if (!ids.isEmpty()) {
			mapper.lastUrges(ids).forEach(u -> urged.put(u.stepId(), u.urgedAt()));
		}
		List<Row> rows = new ArrayList<>();
		for (HandoverBrief b : found) {
			List<StepGrade> open = steps.get(b.id())
				.stream()
				.filter(WaitingStep::open)
				.map(s -> grades.of(s, today))
				.toList();
			Grade grade = grades.handover(b.state(), open);
			List<DisciplineFlag> shown = supervised.containsKey(b.id())
					? flags.getOrDefault(b.id(), Set.of()).stream().sorted().toList() : null;
			if (query.grade() != null && grade != query.grade()) {
				continue;
			}
			if (query.flag() != null && (shown == null || !shown.contains(query.flag()))) {
				continue;
			}
			rows.add(new Row(b, grade, shown, open.stream().map(g -> open(g, urged)).toList()));
		}
		List<Long> shownIds = rows.stream().map(r -> r.handover().id()).toList();
		return new DashboardView(today, now, grades.dueSoonWorkingDays(), query, rows, byGrade(rows), byState(rows),
				units(scopes, rows), overdue(rows, urged), escalations(shownIds, now), truncated);
	}

	/**
	 * The escalation levels sent for these handovers' steps, newest first: each with the
	 * officials it told and, while the step waits, when the next level goes out.
	 */
	private List<EscalationLine> escalations(List<Long> handoverIds, Instant now) {
		if (handoverIds.isEmpty()) {
			return List.of();
		}
		List<DashboardMapper.EscalationRow> sent = sent(handoverIds);
		if (sent.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> told = new HashMap<>();
		for (DashboardMapper.EscalationRecipientRow r : mapper.escalationRecipients(handoverIds)) {
			JsonNode payload = JSON.readTree(r.payload());
			String key = payload.path("stepId").asLong() + "|" + payload.path("stage").asString();
			List<String> names = told.computeIfAbsent(key, k -> new ArrayList<>());
			if (!names.contains(r.recipientName())) {
				names.add(r.recipientName());
			}
		}
		Map<Long, Integer> levels = new HashMap<>();
		sent.stream().filter(e -> e.doneAt() == null).forEach(e -> levels.merge(e.stepId(), e.escLevel(), Math::max));
		Map<Long, NextLevels.Next> next = nextLevels.nextLevels(levels);
		Map<Long, Integer> highest = new HashMap<>();
		sent.forEach(e -> highest.merge(e.stepId(), e.escLevel(), Math::max));
		return sent.stream()
			.map(e -> EscalationLine.of(e, now, told.getOrDefault(e.stepId() + "|" + e.stage(), List.of()),
					e.escLevel() >= levels.getOrDefault(e.stepId(), 0) ? next.get(e.stepId()) : null,
					highest.get(e.stepId())))
			.toList();
	}

	/**
	 * The newest levels sent: those recorded before V54 (escalation_notice) and those on
	 * the steps' rows (their stage logs), merged newest first.
	 */
	private List<DashboardMapper.EscalationRow> sent(List<Long> handoverIds) {
		List<DashboardMapper.EscalationRow> sent = new ArrayList<>(mapper.escalations(handoverIds, ESCALATIONS));
		for (DashboardMapper.LoggedStep s : mapper.loggedEscalations(handoverIds)) {
			for (EscalationNotice n : StageLog.notices(s.stepId(), s.handoverId(), s.stageLog())) {
				if (n.outcome().equals("SENT") && n.escLevel() > 0) {
					sent.add(new DashboardMapper.EscalationRow(s.handoverId(), s.unitName(), s.departingName(),
							s.stepId(), s.kind(), s.subject(), s.dueOn(), n.stage(), n.escLevel(), n.firedAt(),
							n.recipients(), s.doneAt(), s.extensions(), s.extendedOn()));
				}
			}
		}
		sent.sort(Comparator.comparing(DashboardMapper.EscalationRow::firedAt)
			.thenComparing(DashboardMapper.EscalationRow::stepId)
			.reversed());
		return sent.size() > ESCALATIONS ? List.copyOf(sent.subList(0, ESCALATIONS)) : sent;
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	/** The scopes the dashboard covers: every role's, those inside another left out. */
	static List<String> scopes(Actor actor) {
		if (actor.isSystem()) {
			return List.of(Subject.ROOT_PATH);
		}
		List<String> all = actor.roles().stream().map(RoleAssignment::scopePath).distinct().sorted().toList();
		List<String> top = new ArrayList<>();
		for (String path : all) {
			if (top.stream().noneMatch(path::startsWith)) {
				top.add(path);
			}
		}
		return top;
	}

	private static OpenStep open(StepGrade g, Map<Long, Instant> urged) {
		WaitingStep s = g.step();
		return new OpenStep(s.id(), s.kind(), s.subject(), s.round(), s.startedOn(), s.dueOn(), g.grade(),
				g.workingDaysLeft(), g.workingDaysLate(), g.returned(), urged.get(s.id()));
	}

	private static Map<Grade, Integer> byGrade(List<Row> rows) {
		Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
		for (Grade g : Grade.values()) {
			counts.put(g, 0);
		}
		rows.forEach(r -> counts.merge(r.grade(), 1, Integer::sum));
		return counts;
	}

	private static Map<HandoverState, Integer> byState(List<Row> rows) {
		Map<HandoverState, Integer> counts = new EnumMap<>(HandoverState.class);
		rows.forEach(r -> counts.merge(r.handover().state(), 1, Integer::sum));
		return counts;
	}

	/**
	 * The unit tree under the scopes, only the units with a handover shown under them,
	 * each with the counts of those handovers rolled up (a handover counts for its unit
	 * and every unit above it, once).
	 */
	private List<UnitCount> units(List<String> scopes, List<Row> rows) {
		List<UnitCount> counts = new ArrayList<>();
		if (rows.isEmpty()) {
			return counts;
		}
		List<UnitNode> tops = new ArrayList<>();
		for (String scope : scopes) {
			if (scope.equals(Subject.ROOT_PATH)) {
				tops.addAll(directory.unitTrees());
			}
			else {
				tops.add(directory.unitTree(unitId(scope)));
			}
		}
		for (UnitNode top : tops) {
			walk(top, 0, rows, counts);
		}
		return counts;
	}

	private static void walk(UnitNode node, int depth, List<Row> rows, List<UnitCount> into) {
		OrgUnit unit = node.unit();
		List<Row> under = rows.stream().filter(r -> r.handover().unitPath().startsWith(unit.path())).toList();
		if (under.isEmpty()) {
			return;
		}
		Map<HandoverState, Integer> states = byState(under);
		into.add(new UnitCount(unit.id(), unit.name(), unit.path(), depth, under.size(), count(under, Grade.RED),
				count(under, Grade.YELLOW), count(under, Grade.GREEN), states));
		node.children()
			.stream()
			.sorted(Comparator.comparing(c -> c.unit().path()))
			.forEach(c -> walk(c, depth + 1, under, into));
	}

	private static int count(List<Row> rows, Grade grade) {
		return (int) rows.stream().filter(r -> r.grade() == grade).count();
	}

	/** The last id of a path ("/1/4/9/" → 9). */
	private static long unitId(String path) {
		String[] parts = path.split("/");
		return Long.parseLong(parts[parts.length - 1]);
	}

	private List<OverdueStep> overdue(List<Row> rows, Map<Long, Instant> urged) {
		List<OverdueStep> late = new ArrayList<>();
		List<Long> stepIds = rows.stream()
			.filter(r -> r.handover().state().active())
			.flatMap(r -> r.open().stream())
			.filter(s -> s.grade() == Grade.RED)
			.map(OpenStep::stepId)
			.toList();
		Map<Long, List<Long>> owed = owners.owners(stepIds);
		Map<Long, String> names = new HashMap<>();
		for (Row r : rows) {
			if (!r.handover().state().active()) {
				continue;
			}
			for (OpenStep s : r.open()) {
				if (s.grade() != Grade.RED) {
					continue;
				}
				List<Person> people = new ArrayList<>();
				for (Long id : new LinkedHashSet<>(owed.getOrDefault(s.stepId(), List.of()))) {
					people.add(new Person(id, names.computeIfAbsent(id, k -> directory.official(k).name())));
				}
				HandoverBrief h = r.handover();
				late.add(new OverdueStep(h.id(), h.unitName(), h.departingName(), s.stepId(), s.kind(), s.subject(),
						s.dueOn(), s.dueOn().plusDays(1), s.workingDaysLate(), people, urged.get(s.stepId())));
			}
		}
		late.sort(Comparator.comparing(OverdueStep::dueOn).thenComparing(OverdueStep::handoverId));
		return late;
	}

	private static Subject subject(HandoverBrief h) {
		return new Subject(h.unitPath(), h.departingId(), h.successorId());
	}

	/** A LIKE pattern's text with its wildcards taken literally. */
	private static String like(String name) {
		return name == null ? null : name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
