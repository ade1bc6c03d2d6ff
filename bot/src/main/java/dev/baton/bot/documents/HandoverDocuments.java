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
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.Change;
import dev.baton.bot.documents.HandoverDocument.DisputeRow;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import dev.baton.bot.documents.HandoverDocument.Person;
import dev.baton.bot.documents.HandoverDocument.ReviewRow;
import dev.baton.bot.documents.HandoverDocument.SignatureRow;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverOfficial;
import dev.baton.bot.handover.HandoverOfficials;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.Signature;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.TimeSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link HandoverDocument} of an archived handover from its frozen record: the
 * case, its policy snapshot, sections, items, supplements, disputes and rulings, reviews
 * and signatures (the parts its SHA-256 covers), and the names and posts of the people
 * and the unit from the directory. A handover not archived yet has no document.
 */
@Component
@EnableConfigurationProperties(DocumentsProperties.class)
public class HandoverDocuments {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HandoverDocuments.class);

	private final HandoverRecords records;

	private final Directory directory;

	private final Checklists checklists;

	private final Disputes disputes;

	private final ReviewService reviews;

	private final SignoffService signoff;

	private final ZoneId zone;

	private final String configuredVerifyBase;

	private final org.springframework.context.MessageSource messages;

	private final org.springframework.core.env.Environment environment;

	private final HandoverOfficials officials;

	private final dev.baton.bot.discipline.FlagNotices flagNotices;

	HandoverDocuments(HandoverRecords records, Directory directory, Checklists checklists, Disputes disputes,
			ReviewService reviews, SignoffService signoff, TimeSource time, HandoverOfficials officials,
			DocumentsProperties settings, org.springframework.core.env.Environment environment,
			org.springframework.context.MessageSource messages, dev.baton.bot.discipline.FlagNotices flagNotices) {
		this.flagNotices = flagNotices;
		// the reason's label: the one the chat and the ledger use (newcomer 9: 调动 in the
		// ledger, 工作调动 here)
		this.messages = messages;
		this.environment = environment;
		this.officials = officials;
		this.records = records;
		this.directory = directory;
		this.checklists = checklists;
		this.disputes = disputes;
		this.reviews = reviews;
		this.signoff = signoff;
		this.zone = time.zone();
		String verifyBase = settings.verifyUrl();
		this.configuredVerifyBase = verifyBase == null ? null
				: verifyBase.endsWith("/") ? verifyBase : verifyBase + "/";
	}

	/**
	 * Where a printed copy of a record with this digest is checked (the QR code on every
	 * page).
	 */
	public String verifyUrl(String sha256) {
		return verifyBase() + sha256;
	}

	/**
	 * The address the documents carry before the digest: BATON_DOCUMENTS_VERIFY_URL, or,
	 * not set, this instance's own port on localhost (the port the server actually
	 * listens on, so the embedded default and the demo print a link that opens). A
	 * deployment keeps its port, so one record gives the same bytes there.
	 */
	public String verifyBase() {
		if (configuredVerifyBase != null) {
			return configuredVerifyBase;
		}
		return "http://localhost:"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
				+ "/verify/";
	}

	/**
	 * Says at start-up which address the documents will carry, so an operator behind a
	 * proxy sees it must be set.
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void sayVerifyAddress() {
		if (configuredVerifyBase != null) {
			log.info("交接书 verification links: {}<digest> (BATON_DOCUMENTS_VERIFY_URL)", configuredVerifyBase);
		}
		else {
			log.warn("交接书 verification links: {}<digest>, from this instance's port because BATON_DOCUMENTS_VERIFY_URL"
					+ " is not set: set it to the address people reach Baton at (behind a proxy or on another host)"
					+ " before the first handover is archived", verifyBase());
		}
	}

	/**
	 * The archived handover's document; refused for a handover not archived (cancelled or
	 * still open).
	 */
	public HandoverDocument of(Handover h) {
		if (h.archiveSha256() == null || h.archivedAt() == null) {
			throw new NotArchivedException(h.id());
		}
		HandoverPolicy policy = records.policy(h);
		Map<Long, HandoverOfficial> kept = officials.of(h.id());
		List<Item> items = checklists.items(h.id());
		Map<Long, List<String>> supplements = new HashMap<>();
		for (Supplement s : checklists.supplements(h.id())) {
			supplements.computeIfAbsent(s.itemId(), k -> new ArrayList<>()).add("补充：" + s.body());
		}
		Map<Long, ItemDraft> first = checklists.firstRecorded(h.id());
		Map<Long, dev.baton.bot.checklist.DoneDate> firstDone = checklists.firstDone(h.id());
		Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines = checklists.ruledDeadlines(h.id());
		Map<Long, Dispute> ruled = new HashMap<>();
		for (Dispute d : disputes.forHandover(h.id())) {
			if (d.changedAmount() || d.changedQuantity()) {
				ruled.put(d.itemId(), d);
			}
		}
		String ruler = policy.disputeRuler().zh() + "裁定更正";
		Map<Long, Item> byId = new HashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		List<Block> blocks = new ArrayList<>();
		List<ItemRow> followUps = new ArrayList<>();
		Map<Long, List<Change>> changes = new HashMap<>();
		items.forEach(i -> changes.put(i.id(), ItemChanges.of(i, first.get(i.id()), ruled.get(i.id()), ruler,
				ruledDeadlines.get(i.id()), firstDone.get(i.id()))));
		for (Section s : checklists.sections(h.id())) {
			List<ItemRow> rows = items.stream()
				.filter(i -> i.sectionId() == s.id())
				.sorted(Comparator.comparingInt(Item::seq))
				.map(i -> row(s, i, changes.get(i.id()), supplements.getOrDefault(i.id(), List.of())))
				.toList();
			blocks.add(new Block(s.code(), s.titleZh(), s.economic(), s.declaredEmpty(), rows));
			rows.stream().filter(ItemRow::unfinished).forEach(followUps::add);
		}
		followUps.sort(Comparator.comparingInt(ItemRow::seq));
		List<DisputeRow> disputeRows = new ArrayList<>();
		for (Dispute d : disputes.forHandover(h.id())) {
			Item item = byId.get(d.itemId());
			disputeRows.add(new DisputeRow(item == null ? 0 : item.seq(), item == null ? "" : item.title(), d.reason(),
					name(kept, d.raisedBy()), date(d.raisedAt()), DocumentWords.ruling(d.ruling()), d.rulingNote(),
					declared(stated(d, item, ruledDeadlines), changes.getOrDefault(d.itemId(), List.of()), ruler),
					corrected(d, item, ruledDeadlines), d.ruledBy() == null ? null : name(kept, d.ruledBy()),
					d.ruledAt() == null ? null : date(d.ruledAt()), statedValue(d, item, ruledDeadlines),
					correctedValue(d, item, ruledDeadlines)));
		}
		disputeRows.sort(Comparator.comparingInt(DisputeRow::seq));
		// a return's comments are on items: each reads 第N项：… under its department's
		// verdict of that round
		Map<String, List<String>> itemComments = new HashMap<>();
		List<Supplement> answers = checklists.supplements(h.id());
		// an item deleted after the comment is named as deleted, with its title, where it
		// is cited (newcomer 9: 第11项
		// was quoted with nothing saying it was no longer in the checklist)
		Map<Long, Integer> numbers = checklists.numbers(h.id());
		Map<Long, Item> withdrawn = new HashMap<>();
		checklists.withdrawnItems(h.id()).forEach(i -> withdrawn.put(i.id(), i));
		// one comment about several items once, naming them all (#12, newcomer 11)
		List<dev.baton.bot.review.ReturnRemarks.Numbered> numbered = reviews.comments(h.id())
			.stream()
			.map(c -> new dev.baton.bot.review.ReturnRemarks.Numbered(c, numbers.getOrDefault(c.itemId(), 0)))
			.toList();
		for (List<dev.baton.bot.review.ReturnRemarks.Numbered> remark : dev.baton.bot.review.ReturnRemarks
			.gathered(numbered)) {
			List<String> cited = new ArrayList<>();
			for (dev.baton.bot.review.ReturnRemarks.Numbered n : remark) {
				Item gone = byId.containsKey(n.comment().itemId()) ? null : withdrawn.get(n.comment().itemId());
				cited.add("第" + n.seq() + "项" + (gone == null ? "" : "（“" + gone.title() + "”，已删除，不在本交接书中）"));
			}
			dev.baton.bot.review.ReviewComment c = remark.get(0).comment();
			itemComments.computeIfAbsent(c.round() + ":" + c.department(), k -> new ArrayList<>())
				.add(String.join("、", cited) + (c.question() ? asked(remark, answers) : "：" + c.body()));
		}
		List<ReviewRow> reviewRows = new ArrayList<>();
		// a department that only asked in a round it did not decide has its row too
		// (newcomer 25, finding 11)
		for (dev.baton.bot.review.ReviewEntries.Entry r : dev.baton.bot.review.ReviewEntries
			.of(reviews.decisions(h.id()), reviews.comments(h.id()))) {
			List<String> words = new ArrayList<>();
			if (r.comment() != null && !r.comment().isBlank()) {
				words.add(r.comment());
			}
			words.addAll(itemComments.getOrDefault(r.round() + ":" + r.department(), List.of()));
			reviewRows.add(new ReviewRow(r.round(), DocumentWords.department(r.department()),
					DocumentWords.decision(r.decision()), name(kept, r.reviewerId()), date(r.since()),
					String.join("\n", words)));
		}
		List<SignatureRow> signatureRows = new ArrayList<>();
		for (Signature s : signoff.signatures(h.id())) {
			Person o = person(kept, s.officialId());
			signatureRows.add(new SignatureRow(DocumentWords.signer(s.signerRole()), o.name(), o.post(),
					LocalDateTime.ofInstant(s.signedAt(), zone), DocumentWords.SIGNED_HOW));
		}
		return new HandoverDocument(h.id(), h.archiveSha256(), verifyUrl(h.archiveSha256()),
				directory.unit(h.unitId()).name(), person(kept, h.departingId()), person(kept, h.successorId()),
				person(kept, h.organizerId()),
				h.reason()
					.say(h.reasonNote(),
							(key, args) -> messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE)),
				h.openedOn(), LocalDateTime.ofInstant(h.archivedAt(), zone),
				policy.name() == null ? policy.code() : policy.name(), blocks, disputeRows, reviewRows, signatureRows,
				followUps, policy.copies().stream().map(DocumentWords::copy).toList(), flags(h));
	}

	/**
	 * A question asked without a return, said as one, with the departing official's
	 * answer on each item it names (the first words added to it in its round after it was
	 * asked) or that none came (newcomer 21, finding 7: it read as a comment, its answer
	 * nowhere): （只提问，不退回）：合同是哪年签的？答复：2025年签的.
	 */
	private static String asked(List<dev.baton.bot.review.ReturnRemarks.Numbered> remark, List<Supplement> answers) {
		dev.baton.bot.review.ReviewComment q = remark.get(0).comment();
		List<String> answered = new ArrayList<>();
		for (dev.baton.bot.review.ReturnRemarks.Numbered n : remark) {
			dev.baton.bot.review.ReviewQuestions.answer(n.comment(), answers).ifPresent(s -> answered.add(s.body()));
		}
		// no ； after the question's own ？ (newcomer 22, finding 15)
		return dev.baton.bot.system.SentenceEnds.join("（只提问，不退回）：" + q.body(),
				answered.isEmpty() ? "；未答复" : "；答复：" + String.join("；", answered));
	}

	/**
	 * The discipline flags the archived record holds, in the order raised: those raised
	 * before the archive (交后不理 comes after it and is no part of the 交接书), each with its
	 * date and reason (#15).
	 */
	private List<HandoverDocument.FlagRow> flags(Handover h) {
		return flagNotices.of(List.of(h.id()))
			.stream()
			.filter(f -> f.beforeArchive() && !f.raisedAt().isAfter(h.archivedAt()))
			.map(f -> new HandoverDocument.FlagRow(f.flag().zh(), date(f.raisedAt()), f.reasonZh()))
			.toList();
	}

	/**
	 * The item's row. Its notes: the words as said (where they differ from the title),
	 * then each correction of a value (so words that name the figure first recorded are
	 * never read for the figure), then the words added to it.
	 */
	private ItemRow row(Section s, Item i, List<Change> changes, List<String> supplements) {
		String done = i.doneOn() != null ? DocumentWords.date(i.doneOn())
				: i.doneIn() != null ? i.doneIn().getYear() + "年" + i.doneIn().getMonthValue() + "月" : null;
		List<String> notes = new ArrayList<>();
		if (i.said() != null && !i.said().isBlank() && !i.said().equals(i.title())) {
			notes.add("原话：" + i.said());
		}
		changes.forEach(c -> notes.add(c.sentence()));
		notes.addAll(supplements);
		return new ItemRow(i.seq(), s.titleZh(), i.title(), i.details(), DocumentWords.status(i.status()), i.amount(),
				i.amount() == null ? null : (i.currency() == null ? "CNY" : i.currency()), i.quantity(),
				i.quantityUnit(), i.counterparty(), i.deadline(), i.responsible(), i.unfinished(),
				DocumentWords.confirmation(i.confirmation()), done, List.copyOf(notes), changes);
	}

	/**
	 * The value the departing side stated, as the dispute table's 原申报 says it: with what
	 * was first declared where the departing official corrected it before the ruling
	 * (原申报1,200,000.00元，离任干部更正为1,020,000.00元; newcomer 21, finding 24).
	 */
	private static String declared(String stated, List<Change> changes, String ruler) {
		if (stated == null) {
			return null;
		}
		return changes.stream()
			.filter(c -> c.by().equals(ruler) && c.first() != null && c.was().equals(stated))
			.map(c -> c.first() + "，离任干部更正为" + stated)
			.findFirst()
			.orElse(stated);
	}

	private static String stated(Dispute d, Item item,
			Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines) {
		if (d.changedAmount() && d.originalAmount() != null) {
			return money(d.originalAmount(), d.originalCurrency());
		}
		if (d.changedQuantity() && d.originalQuantity() != null) {
			return DocumentFigures.quantity(d.originalQuantity(), d.originalQuantityUnit());
		}
		if (changedDeadline(d, item, ruledDeadlines)) {
			// the deadline the departing side stated, or that it stated none (a ruling
			// may set one)
			return ruledDeadlines.get(d.itemId())
				.map(DocumentWords::date)
				.map(x -> DEADLINE + x)
				.orElse(DEADLINE + "未写明");
		}
		return null;
	}

	/** What {@link #stated} says, as a value. */
	private static HandoverDocument.Value statedValue(Dispute d, Item item,
			Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines) {
		if (d.changedAmount() && d.originalAmount() != null) {
			return HandoverDocument.Value.money(d.originalAmount(), d.originalCurrency());
		}
		if (d.changedQuantity() && d.originalQuantity() != null) {
			return HandoverDocument.Value.quantity(d.originalQuantity(), d.originalQuantityUnit());
		}
		if (changedDeadline(d, item, ruledDeadlines)) {
			return ruledDeadlines.get(d.itemId()).map(HandoverDocument.Value::date).orElse(null);
		}
		return null;
	}

	/** What {@link #corrected} says, as a value. */
	private static HandoverDocument.Value correctedValue(Dispute d, Item item,
			Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines) {
		if (d.changedAmount()) {
			return HandoverDocument.Value.money(d.correctedAmount(),
					item == null ? d.originalCurrency() : item.currency());
		}
		if (d.changedQuantity()) {
			return HandoverDocument.Value.quantity(d.correctedQuantity(),
					d.correctedQuantityUnit() != null ? d.correctedQuantityUnit() : d.originalQuantityUnit());
		}
		if (changedDeadline(d, item, ruledDeadlines)) {
			return HandoverDocument.Value.date(item.deadline());
		}
		return null;
	}

	private static String corrected(Dispute d, Item item,
			Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines) {
		if (d.changedAmount()) {
			return money(d.correctedAmount(), item == null ? d.originalCurrency() : item.currency());
		}
		if (d.changedQuantity()) {
			return DocumentFigures.quantity(d.correctedQuantity(),
					d.correctedQuantityUnit() != null ? d.correctedQuantityUnit() : d.originalQuantityUnit());
		}
		if (changedDeadline(d, item, ruledDeadlines)) {
			return DEADLINE + DocumentWords.date(item.deadline());
		}
		return null;
	}

	/**
	 * How a corrected deadline is named in the dispute tables, beside the value
	 * (期限：2027年12月31日).
	 */
	static final String DEADLINE = "期限：";

	/**
	 * A correction that wrote the item's deadline (#12, newcomer 8, finding 4): the
	 * ruling stated no figure, and the checklist's journal kept the deadline the
	 * departing side had stated before it.
	 */
	private static boolean changedDeadline(Dispute d, Item item,
			Map<Long, java.util.Optional<java.time.LocalDate>> ruledDeadlines) {
		return "CORRECTED".equals(d.ruling()) && !d.changedAmount() && !d.changedQuantity() && item != null
				&& item.deadline() != null && ruledDeadlines.containsKey(d.itemId());
	}

	static String money(BigDecimal amount, String currency) {
		return DocumentFigures.money(amount, currency);
	}

	/**
	 * As the record keeps them (their post then), or for a record archived before it kept
	 * any, as now.
	 */
	private Person person(Map<Long, HandoverOfficial> kept, long officialId) {
		HandoverOfficial k = kept.get(officialId);
		if (k != null) {
			return new Person(k.name(), k.post());
		}
		Official o = directory.official(officialId);
		return new Person(o.name(), o.post());
	}

	private String name(Map<Long, HandoverOfficial> kept, long officialId) {
		return person(kept, officialId).name();
	}

	private LocalDate date(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

}
