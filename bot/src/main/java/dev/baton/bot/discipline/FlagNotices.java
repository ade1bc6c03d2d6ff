package dev.baton.bot.discipline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.outbox.OutboxEvent;
import org.springframework.stereotype.Service;

/**
 * A discipline flag raised by what someone did is told in chat when it is raised, to whom the rules show the flags:
 * the supervisors (督办) over the handover's unit, 1:1 and confidential (#13, newcomer 4: 22: 交接不清 and 交接不实 were
 * in the API only). 交接不清 is raised by the first return of a checklist, 交接不实 by the first ruling that corrects the
 * departing official's statement. With no supervisor over the unit the organizer is told that, so a flag is never
 * dropped unseen. 久拖不交 and 交后不理 come with time, not with an act: the escalation ladder tells the supervisors at
 * its second level, and the weekly 督办 digest lists every flag.
 */
@Service
public class FlagNotices {

	private final HandoverRecords records;

	private final Directory directory;

	FlagNotices(HandoverRecords records, Directory directory) {
		this.records = records;
		this.directory = directory;
	}

	/** Tells the flag's raising, in the caller's transaction; {@code facts} say what raised it. */
	public void raised(Handover h, DisciplineFlag flag, Map<String, ?> facts) {
		List<Long> supervisors = directory.holdersOver(Role.SUPERVISOR, null, h.unitPath())
			.stream()
			.filter(id -> id != h.departingId() && id != h.successorId())
			.toList();
		Map<String, Object> payload = new LinkedHashMap<>(facts);
		payload.put("flag", Map.of("code", flag.name(), "zh", flag.zh(), "en", flag.en()));
		payload.put("variant", flag.name());
		if (supervisors.isEmpty()) {
			payload.put("variant", flag.name() + ".noSupervisor");
			records.notify(h, OutboxEvent.DISCIPLINE_FLAG, List.of(h.organizerId()), true, payload);
		}
		else {
			records.notify(h, OutboxEvent.DISCIPLINE_FLAG, supervisors, true, payload);
		}
	}

}
