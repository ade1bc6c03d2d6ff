package dev.baton.bot.signoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverNotices;
import dev.baton.bot.handover.InvalidStateException;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity (公开): an archived handover's public summary ({@link PublicSummary}) posted to
 * its unit's chat groups. When the policy asks for it, archiving posts it; if the unit
 * has no group yet, its organizer is told 1:1 how to bind one and post it then. An
 * organizer may post it on request once the record is archived.
 */
@Service
public class Publicity {

	private final HandoverRecords records;

	private final Checklists checklists;

	private final UnitGroups groups;

	private final Access access;

	private final TimeSource time;

	private final HandoverNotices handoverNotices;

	Publicity(HandoverRecords records, Checklists checklists, UnitGroups groups, Access access, TimeSource time,
			HandoverNotices handoverNotices) {
		this.handoverNotices = handoverNotices;
		this.time = time;
		this.records = records;
		this.checklists = checklists;
		this.groups = groups;
		this.access = access;
	}

	/** Called in the archiving transaction when the policy asks for publicity. */
	void onArchived(Handover h) {
		if (groups.anyBound(h.unitId())) {
			post(h, time.today());
		}
		else {
			handoverNotices.notify(h, OutboxEvent.PUBLICITY_NO_GROUP, List.of(h.organizerId()), false,
					Map.of("unitId", h.unitId()));
		}
	}

	/**
	 * Posts (again) the public summary of an archived handover whose policy makes it
	 * public; for its organizers and administrators.
	 */
	@Transactional
	public void publish(Actor actor, long handoverId) {
		Handover h = records.find(handoverId);
		access.require(actor, Action.MANAGE_GROUPS, records.subject(h));
		if (!h.state().frozen()) {
			throw new InvalidStateException(h.id(), h.state(), "publish");
		}
		HandoverPolicy policy = records.policy(h);
		if (!policy.publicity()) {
			// only what the unit's rules make public is posted to its groups (#13,
			// newcomer 4: 2)
			throw new InvalidInputException("publicity.notRequired",
					"the handover's policy " + policy.code() + " does not make it public", h.id(), policy.name());
		}
		if (!groups.anyBound(h.unitId())) {
			throw new InvalidInputException("publicity.noGroup", "the unit has no chat group to post to");
		}
		post(h, LocalDate.ofInstant(h.archivedAt(), time.zone()));
		records.audit(h, actor, "PUBLICITY_POSTED", Map.of());
	}

	private void post(Handover h, LocalDate archivedOn) {
		handoverNotices.notifyUnitGroups(h, OutboxEvent.PUBLICITY, PublicSummary.of(h, checklists, archivedOn));
	}

}
