package dev.baton.bot.signoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverOfficials;
import dev.baton.bot.review.ReviewService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of the whole archived record (the case, its policy, sections, items,
 * evidence, supplements, reviews, disputes and signatures; items withdrawn while drafting
 * apart from the checklist's; the names and posts of the people it names, as kept when it
 * opened and was archived) in one canonical JSON form. Stored when the case is archived;
 * recomputing it later shows whether anything in the record has changed since.
 */
@Component
public class RecordDigest {

	private final Checklists checklists;

	private final Disputes disputes;

	private final ReviewService reviews;

	private final SignoffMapper signoff;

	private final JsonMapper json;

	private final HandoverOfficials officials;

	RecordDigest(Checklists checklists, Disputes disputes, ReviewService reviews, SignoffMapper signoff,
			JsonMapper json, HandoverOfficials officials) {
		this.officials = officials;
		this.checklists = checklists;
		this.disputes = disputes;
		this.reviews = reviews;
		this.signoff = signoff;
		this.json = json;
	}

	/**
	 * Everyone the record names: the parties, the reviewers, who raised and who ruled on
	 * a dispute, the signers (whose names and posts are kept with it at archive).
	 */
	public Set<Long> officialsNamed(Handover h) {
		Set<Long> ids = new TreeSet<>(List.of(h.departingId(), h.successorId(), h.organizerId()));
		reviews.decisions(h.id()).forEach(r -> ids.add(r.reviewerId()));
		for (Dispute d : disputes.forHandover(h.id())) {
			ids.add(d.raisedBy());
			if (d.ruledBy() != null) {
				ids.add(d.ruledBy());
			}
		}
		signoff.signatures(h.id()).forEach(s -> ids.add(s.officialId()));
		return ids;
	}

	public String of(Handover h) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", h.id());
		record.put("unitId", h.unitId());
		record.put("departingId", h.departingId());
		record.put("successorId", h.successorId());
		record.put("organizerId", h.organizerId());
		record.put("reason", h.reason().name());
		if (h.reasonNote() != null) {
			// 其他 in the organizer's words is part of the record (newcomer 20); absent
			// otherwise, so every record without one keeps its digest
			record.put("reasonNote", h.reasonNote());
		}
		record.put("policy", h.policySnapshot());
		record.put("templateId", h.templateId());
		record.put("openedOn", h.openedOn().toString());
		record.put("sections", checklists.sections(h.id()));
		record.put("items", checklists.items(h.id()));
		record.put("evidence", checklists.evidence(h.id()));
		// kept under keys of their own, and only when there are any, so a record archived
		// before they existed keeps
		// its digest: the items deleted or undone while drafting (no part of the
		// checklist, still covered), and the
		// words added to items
		var withdrawn = checklists.withdrawnItems(h.id());
		if (!withdrawn.isEmpty()) {
			record.put("withdrawnItems", withdrawn);
		}
		var supplements = checklists.supplements(h.id());
		if (!supplements.isEmpty()) {
			record.put("supplements", supplements);
		}
		record.put("reviews", reviews.decisions(h.id()));
		record.put("reviewComments", reviews.comments(h.id()));
		record.put("disputes", disputes.forHandover(h.id()));
		record.put("signatures", signoff.signatures(h.id()));
		// the names and posts the record keeps (#15): only when it keeps any, so older
		// archives keep their digest
		var kept = officials.list(h.id());
		if (!kept.isEmpty()) {
			record.put("officials", kept);
		}
		// the discipline flags raised before the archive, with their dates and reasons
		// (#15): only when there are any,
		// so older archives keep their digest
		var flags = signoff.sealedFlags(h.id(), h.archivedAt());
		if (!flags.isEmpty()) {
			record.put("disciplineFlags", flags);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(json.writeValueAsString(record).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
