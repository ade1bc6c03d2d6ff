package dev.baton.bot.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Money;
import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.DisputeRow;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import dev.baton.bot.documents.HandoverDocument.Person;
import dev.baton.bot.documents.HandoverDocument.ReviewRow;
import dev.baton.bot.documents.HandoverDocument.SignatureRow;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.review.ReviewDecision;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.Signature;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.TimeSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link HandoverDocument} of an archived handover from its frozen record: the case, its policy snapshot,
 * sections, items, supplements, disputes and rulings, reviews and signatures (the parts its SHA-256 covers), and the
 * names and posts of the people and the unit from the directory. A handover not archived yet has no document.
 */
@Component
@EnableConfigurationProperties(DocumentsProperties.class)
public class HandoverDocuments {

	private final HandoverRecords records;

	private final Directory directory;

	private final Checklists checklists;

	private final Disputes disputes;

	private final ReviewService reviews;

	private final SignoffService signoff;

	private final ZoneId zone;

	private final String verifyBase;

	HandoverDocuments(HandoverRecords records, Directory directory, Checklists checklists, Disputes disputes,
			ReviewService reviews, SignoffService signoff, TimeSource time,
			DocumentsProperties settings) {
		this.records = records;
		this.directory = directory;
		this.checklists = checklists;
		this.disputes = disputes;
		this.reviews = reviews;
		this.signoff = signoff;
		this.zone = time.zone();
		String verifyBase = settings.verifyUrl();
		this.verifyBase = verifyBase.endsWith("/") ? verifyBase : verifyBase + "/";
	}

	/** Where a printed copy of a record with this digest is checked (the QR code on every page). */
	public String verifyUrl(String sha256) {
		return verifyBase + sha256;
	}

	/** The archived handover's document; refused for a handover not archived (cancelled or still open). */
	public HandoverDocument of(Handover h) {
		if (h.archiveSha256() == null || h.archivedAt() == null) {
			throw new NotArchivedException(h.id());
		}
		HandoverPolicy policy = records.policy(h);
		List<Item> items = checklists.items(h.id());
		Map<Long, List<String>> notes = new HashMap<>();
		for (Item i : items) {
			if (i.said() != null && !i.said().isBlank() && !i.said().equals(i.title())) {
				notes.computeIfAbsent(i.id(), k -> new ArrayList<>()).add("原话：" + i.said());
			}
		}
		for (Supplement s : checklists.supplements(h.id())) {
			notes.computeIfAbsent(s.itemId(), k -> new ArrayList<>()).add("补充：" + s.body());
		}
		Map<Long, Item> byId = new HashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		List<Block> blocks = new ArrayList<>();
		List<ItemRow> followUps = new ArrayList<>();
		for (Section s : checklists.sections(h.id())) {
			List<ItemRow> rows = items.stream()
				.filter(i -> i.sectionId() == s.id())
				.sorted(Comparator.comparingInt(Item::seq))
				.map(i -> row(s, i, notes.getOrDefault(i.id(), List.of())))
				.toList();
			blocks.add(new Block(s.code(), s.titleZh(), s.economic(), s.declaredEmpty(), rows));
			rows.stream().filter(ItemRow::unfinished).forEach(followUps::add);
		}
		followUps.sort(Comparator.comparingInt(ItemRow::seq));
		List<DisputeRow> disputeRows = new ArrayList<>();
		for (Dispute d : disputes.forHandover(h.id())) {
			Item item = byId.get(d.itemId());
			disputeRows.add(new DisputeRow(item == null ? 0 : item.seq(), item == null ? "" : item.title(),
					d.reason(), name(d.raisedBy()), date(d.raisedAt()), DocumentWords.ruling(d.ruling()),
					d.rulingNote(), stated(d, item), corrected(d, item), d.ruledBy() == null ? null : name(d.ruledBy()),
					d.ruledAt() == null ? null : date(d.ruledAt())));
		}
		disputeRows.sort(Comparator.comparingInt(DisputeRow::seq));
		// a return's comments are on items: each reads 第N项：… under its department's verdict of that round
		Map<String, List<String>> itemComments = new HashMap<>();
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		for (dev.baton.bot.review.ReviewComment c : reviews.comments(h.id())) {
			itemComments.computeIfAbsent(c.round() + ":" + c.department(), k -> new ArrayList<>())
				.add("第" + numbers.getOrDefault(c.itemId(), 0) + "项：" + c.body());
		}
		List<ReviewRow> reviewRows = new ArrayList<>();
		for (ReviewDecision r : reviews.decisions(h.id())) {
			List<String> words = new ArrayList<>();
			if (r.comment() != null && !r.comment().isBlank()) {
				words.add(r.comment());
			}
			words.addAll(itemComments.getOrDefault(r.round() + ":" + r.department(), List.of()));
			reviewRows.add(new ReviewRow(r.round(), r.department().zh(), DocumentWords.decision(r.decision()),
					name(r.reviewerId()), date(r.decidedAt()), String.join("\n", words)));
		}
		List<SignatureRow> signatureRows = new ArrayList<>();
		for (Signature s : signoff.signatures(h.id())) {
			Official o = directory.official(s.officialId());
			signatureRows.add(new SignatureRow(DocumentWords.signer(s.signerRole()), o.name(), o.post(),
					LocalDateTime.ofInstant(s.signedAt(), zone), DocumentWords.SIGNED_HOW));
		}
		return new HandoverDocument(h.id(), h.archiveSha256(), verifyUrl(h.archiveSha256()),
				directory.unit(h.unitId()).name(), person(h.departingId()), person(h.successorId()),
				person(h.organizerId()), DocumentWords.reason(h.reason()), h.openedOn(),
				LocalDateTime.ofInstant(h.archivedAt(), zone), policy.name() == null ? policy.code() : policy.name(),
				blocks, disputeRows, reviewRows, signatureRows, followUps,
				policy.copies().stream().map(DocumentWords::copy).toList());
	}

	private ItemRow row(Section s, Item i, List<String> notes) {
		String done = i.doneOn() != null ? DocumentWords.date(i.doneOn())
				: i.doneIn() != null ? i.doneIn().getYear() + "年" + i.doneIn().getMonthValue() + "月" : null;
		return new ItemRow(i.seq(), s.titleZh(), i.title(), i.details(), DocumentWords.status(i.status()), i.amount(),
				i.amount() == null ? null : (i.currency() == null ? "CNY" : i.currency()), i.quantity(),
				i.quantityUnit(), i.counterparty(), i.deadline(), i.responsible(), i.unfinished(),
				DocumentWords.confirmation(i.confirmation()), done, List.copyOf(notes));
	}

	private static String stated(Dispute d, Item item) {
		if (d.changedAmount() && d.originalAmount() != null) {
			return money(d.originalAmount(), d.originalCurrency());
		}
		if (d.changedQuantity() && d.originalQuantity() != null) {
			return Quantity.format(d.originalQuantity(), d.originalQuantityUnit(), false);
		}
		return null;
	}

	private static String corrected(Dispute d, Item item) {
		if (d.changedAmount()) {
			return money(d.correctedAmount(), item == null ? d.originalCurrency() : item.currency());
		}
		if (d.changedQuantity()) {
			return Quantity.format(d.correctedQuantity(),
					d.correctedQuantityUnit() != null ? d.correctedQuantityUnit() : d.originalQuantityUnit(), false);
		}
		return null;
	}

	static String money(BigDecimal amount, String currency) {
		String grouped = Money.grouped(amount);
		return currency == null || "CNY".equals(currency) ? grouped + "元" : currency + " " + grouped;
	}

	private Person person(long officialId) {
		Official o = directory.official(officialId);
		return new Person(o.name(), o.post());
	}

	private String name(long officialId) {
		return directory.official(officialId).name();
	}

	private LocalDate date(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

}
