package dev.baton.bot.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverOfficial;
import dev.baton.bot.handover.HandoverOfficials;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Component;

/**
 * Checks a printed or sent 交接书 against the archive: the record its digest (or number)
 * names, and whether that record is still as it was archived (its digest recomputed).
 * Says only what an anonymous reader may know: the unit, the post handed over and the
 * archive date.
 */
@Component
public class Verification {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

	/**
	 * What the verification page says of a record. {@code intact} false: changed since it
	 * was archived.
	 */
	public record Verdict(long handoverId, String sha256, String unit, String post, LocalDate archivedOn,
			boolean intact) {
	}

	private final DocumentMapper mapper;

	private final HandoverRecords records;

	private final Directory directory;

	private final SignoffService signoff;

	private final TimeSource time;

	private final HandoverOfficials officials;

	Verification(DocumentMapper mapper, HandoverRecords records, Directory directory, SignoffService signoff,
			TimeSource time, HandoverOfficials officials) {
		this.officials = officials;
		this.mapper = mapper;
		this.records = records;
		this.directory = directory;
		this.signoff = signoff;
		this.time = time;
	}

	/**
	 * The verdict on a digest or handover number; empty when no archived record answers
	 * to it.
	 */
	public Optional<Verdict> check(String hashOrId) {
		String key = hashOrId == null ? "" : hashOrId.trim().toLowerCase(Locale.ROOT);
		Long id = null;
		if (SHA256.matcher(key).matches()) {
			id = mapper.archivedWithDigest(key);
		}
		else if (NUMBER.matcher(key).matches()) {
			id = Long.valueOf(key);
		}
		if (id == null) {
			return Optional.empty();
		}
		Handover h;
		try {
			h = records.find(id);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		if (h.archiveSha256() == null || h.archivedAt() == null) {
			return Optional.empty();
		}
		return Optional.of(new Verdict(h.id(), h.archiveSha256(), directory.unit(h.unitId()).name(), postHandedOver(h),
				LocalDate.ofInstant(h.archivedAt(), time.zone()), signoff.archiveIntact(h.id())));
	}

	/**
	 * The post handed over: the departing official's post as the record keeps it (when
	 * the handover opened), not the title the directory gives them today; for a record
	 * archived before posts were kept, the directory's.
	 */
	private String postHandedOver(Handover h) {
		HandoverOfficial kept = officials.of(h.id()).get(h.departingId());
		return kept != null ? kept.post() : directory.official(h.departingId()).post();
	}

}
