package dev.baton.bot.web;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.documents.ArchiveDateLookup;
import dev.baton.bot.documents.DocumentFile;
import dev.baton.bot.documents.LedgerWorkbooks;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * The ledger (台账) of the handovers under a unit as a workbook, in the asker's scope: one
 * file for the REST download and the copy sent in chat ("台账", #15), so both are the same.
 */
@Component
class Ledgers implements LedgerWorkbooks {

	/** The most handovers one ledger lists (newest first). */
	static final int LEDGER_MAX = 10_000;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final HandoverService handovers;

	private final HandoverViews views;

	private final Directory directory;

	private final Access access;

	private final LedgerXlsx ledger;

	private final ArchiveDateLookup dates;

	private final TimeSource time;

	private final Actors actors;

	Ledgers(HandoverService handovers, HandoverViews views, Directory directory, Access access, LedgerXlsx ledger,
			ArchiveDateLookup dates, TimeSource time, Actors actors) {
		this.handovers = handovers;
		this.views = views;
		this.directory = directory;
		this.access = access;
		this.ledger = ledger;
		this.dates = dates;
		this.time = time;
		this.actors = actors;
	}

	@Override
	public DocumentFile ledger(long unitId, long officialId) {
		return ledger(actors.of(officialId), unitId);
	}

	/**
	 * The ledger of the unit as {@code actor} may see it; refused unless they oversee the
	 * unit's handovers.
	 */
	DocumentFile ledger(Actor actor, long unitId) {
		OrgUnit unit = directory.unit(unitId);
		access.require(actor, Action.VIEW_LEDGER, Subject.unit(unit.path()));
		List<HandoverBrief> all = new ArrayList<>();
		Long before = null;
		while (all.size() < LEDGER_MAX) {
			List<HandoverBrief> page = handovers.list(actor,
					new HandoverFilter(null, unitId, null, before, HandoverFilter.MAX_LIMIT));
			all.addAll(page);
			if (page.size() < HandoverFilter.MAX_LIMIT) {
				break;
			}
			before = page.get(page.size() - 1).id();
		}
		List<HandoverSummary> summaries = views.summaries(actor, all);
		byte[] bytes = ledger.render(unit.name(), summaries,
				dates.of(summaries.stream().map(HandoverSummary::id).toList()), time.zone());
		return new DocumentFile(fileName(unit.name()), XLSX, bytes, asciiName(unit));
	}

	/**
	 * ledger-360100-2026-12-05.xlsx: the unit by its code (by its number where the code
	 * has no ASCII letters or digits).
	 */
	String asciiName(OrgUnit unit) {
		String code = DocumentFile.ascii(unit.code());
		return "ledger-" + (code.isEmpty() ? "unit" + unit.id() : code) + "-" + time.today() + ".xlsx";
	}

	/** 交接台账-某县统计局-2026-12-05.xlsx */
	String fileName(String unitName) {
		return "交接台账-" + unitName.replaceAll("[\\\\/:*?\"<>|\\s]", "") + "-" + time.today() + ".xlsx";
	}

}
