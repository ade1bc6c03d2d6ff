package dev.baton.bot.broadcast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.DisciplineRecords;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The weekly 督办 digest of a scope (a unit and the units below it), computed from the
 * record when it is sent: handovers by state, the waiting steps past their due day (who,
 * what, due when), and the running handovers with discipline flags. It names people and
 * findings, so it goes only 1:1 to those entitled to see the scope. However many
 * handovers the scope holds, it is a fixed number of queries: counts, overdue steps with
 * their names, the running handovers, their steps, and what their reviews and disputes
 * came to.
 */
@Component
class SupervisionDigest {

	private final BroadcastMapper mapper;

	private final DisciplineRecords discipline;

	private final TimeSource time;

	private final dev.baton.scheduler.calendar.WorkCalendar calendar;

	SupervisionDigest(BroadcastMapper mapper, DisciplineRecords discipline, TimeSource time,
			dev.baton.scheduler.calendar.WorkCalendar calendar) {
		this.calendar = calendar;
		this.mapper = mapper;
		this.discipline = discipline;
		this.time = time;
	}

	/**
	 * What a unit's group may read: counts by state and of overdue steps, no names, no
	 * findings.
	 */
	Map<String, Object> forGroup(String unitPath, String scopeName) {
		Map<String, Object> digest = counts(unitPath, scopeName);
		digest.put("overdueCount", mapper.overdue(unitPath, time.today()).size());
		return digest;
	}

	private Map<String, Object> counts(String unitPath, String scopeName) {
		Map<String, Object> digest = new LinkedHashMap<>();
		digest.put("scope", scopeName);
		digest.put("asOf", time.today().toString());
		Map<String, Long> counts = new LinkedHashMap<>();
		mapper.countByState(unitPath).forEach(c -> counts.put(c.state(), c.handovers()));
		digest.put("countsByState", counts);
		return digest;
	}

	Map<String, Object> of(String unitPath, String scopeName) {
		LocalDate today = time.today();
		Map<String, Object> digest = counts(unitPath, scopeName);
		List<Map<String, Object>> overdue = new ArrayList<>();
		for (BroadcastMapper.OverdueStep s : mapper.overdue(unitPath, today)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("handoverId", s.handoverId());
			row.put("unit", s.unit());
			row.put("departing", s.departing());
			row.put("step", s.step());
			row.put("subject", s.subject());
			row.put("round", s.round());
			row.put("dueOn", s.dueOn().toString());
			// working days, as the dashboard and the escalations count them (newcomer
			// 21, finding 16)
			row.put("overdueDays", calendar.workingDaysBetween(s.dueOn(), today));
			overdue.add(row);
		}
		digest.put("overdue", overdue);
		List<Map<String, Object>> flagged = new ArrayList<>();
		List<Long> running = mapper.running(unitPath);
		Map<Long, Set<DisciplineFlag>> flagsOf = discipline.flags(discipline.steps(running), today, time.zone());
		for (long id : running) {
			Set<DisciplineFlag> flags = flagsOf.get(id);
			if (!flags.isEmpty()) {
				flagged.add(Map.of("handoverId", id, "flags",
						flags.stream().map(f -> Map.of("code", f.name(), "zh", f.zh(), "en", f.en())).toList()));
			}
		}
		digest.put("flagged", flagged);
		return digest;
	}

}
