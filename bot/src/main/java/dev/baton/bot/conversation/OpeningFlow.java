package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.conversation.grammar.OrganizerTalk;
import dev.baton.bot.conversation.grammar.ReasonCorrection;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Person;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directory.UnitName;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.OpeningPreview;
import dev.baton.bot.system.BatonException;
import dev.baton.integrations.chat.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * 发起交接 in chat (#13): the organizer says the unit, the departing official, the successor
 * and the reason in one message ("发起交接 上梅乡 陈清忠 方福彬 工作调动", "上梅乡的陈清忠要调走了，由方福彬接任，帮我发起交接") or
 * one at a time as Baton asks for what is missing. Names are found in the directory
 * within the organizer's scope; a name two people share is asked about with a card of
 * buttons (name, post, unit), a name nobody has is said so with the close ones offered; a
 * reason the words do not make clear is asked with buttons; 其他 is asked what the reason
 * is, and the next message is its words. Then a confirmation card shows the unit's
 * policy, the deadlines the notice would set and who would be told, computed by
 * {@link HandoverService#preview} as opening computes them; only 确认 (the button or the
 * word) opens it, through {@link HandoverService#open}, the same call the REST API makes.
 * 取消 or 不是 drops it: nothing is opened.
 */
@Component
class OpeningFlow {

	/** The order in which what is missing is asked. */
	private static final List<OrganizerDraft.Slot> ORDER = List.of(OrganizerDraft.Slot.UNIT,
			OrganizerDraft.Slot.DEPARTING, OrganizerDraft.Slot.SUCCESSOR, OrganizerDraft.Slot.REASON);

	/** "1", "第2个", "2号": a choice on the last card, typed. */
	private static final Pattern PICK = Pattern.compile("^\\s*(?:第\\s*)?([1-6一二三四五六])\\s*(?:个|位|项|号|条)?\\s*$");

	/**
	 * What Baton says and where the draft stands after a turn (null: dropped, or done).
	 */
	record Reply(List<OutboundMessage> messages, OrganizerDraft draft, Long opened) {
	}

	/**
	 * Something said that must be asked about before going on: a name two people share,
	 * or nobody has.
	 */
	private record Problem(OrganizerDraft.Slot slot, String said, List<Person> people, List<Person> close,
			List<UnitName> units, boolean unitNotFound) {

		/** The same problem, the words it says back as written in the message. */
		Problem asWritten(String written) {
			return new Problem(slot, OpeningFlow.asWritten(written, said), people, close, units, unitNotFound);
		}

	}

	/** Words of the grammar's reading as written in the message, when it is known. */
	private static String asWritten(String written, String words) {
		return written == null ? words : dev.baton.bot.conversation.grammar.AsWritten.span(written, words);
	}

	private final Names names;

	private final OrganizerTalk talk;

	private final HandoverService handovers;

	private final Directory directory;

	private final Examples examples;

	OpeningFlow(Names names, OrganizerTalk talk, HandoverService handovers, Directory directory, Examples examples) {
		this.names = names;
		this.talk = talk;
		this.handovers = handovers;
		this.directory = directory;
		this.examples = examples;
	}

	/**
	 * 发起交接 with whatever was said with it; {@code raw} is the message as written, what is
	 * said back of it is as written too (#12).
	 */
	Reply start(Actor actor, Command c, String raw, Texts t) {
		if (scopes(actor).isEmpty()) {
			throw new NotPermittedException(Action.OPEN_HANDOVER, null);
		}
		return fill(actor, OrganizerDraft.of(OrganizerDraft.Kind.OPEN, null), c.text(), raw, null, t);
	}

	/** The organizer's next message while the draft waits on an answer. */
	Reply answer(Actor actor, OrganizerDraft d, Command c, String raw, Texts t) {
		if (d.asking() == OrganizerDraft.Slot.CONFIRM) {
			if (Reading.yes(c) && c.number() == null) {
				return open(actor, d, t);
			}
			if (c.intent() == Intent.CHANGE_SUCCESSOR && c.value() != null) {
				// "接任人改为张三" before confirming: the draft takes the new name and shows the
				// card again
				// card again; the reason said with it ("钱芳是财政的审核人，不合适。接任人改为吴强") is kept
				// for
				// the opening's audit row (#12, newcomer 11)
				OrganizerDraft changed = c.text() == null ? d.successor(null)
						: d.successor(null).why(dev.baton.bot.conversation.grammar.AsWritten.span(raw, c.text()));
				return fill(actor, changed, c.value(), raw, OrganizerDraft.Slot.SUCCESSOR, t);
			}
			return new Reply(List.of(new OutboundMessage.Text(t.get("conv.org.open.confirmOrCancel"))), d, null);
		}
		if (Reading.yes(c) && !c.hasText()) {
			return ask(actor, d, t, List.of()); // a yes answers nothing asked here: the
												// question again
		}
		if (d.asking() == OrganizerDraft.Slot.REASON_NOTE && raw != null && !raw.isBlank()) {
			// 其他: what was said is the reason in the organizer's words (newcomer 20)
			return next(actor, d.reasonNote(raw.strip()).asking(null, List.of()), t, List.of());
		}
		Integer pick = pick(raw, d.choices().size());
		if (pick != null && d.asking() != null) {
			return chosen(actor, d, d.choices().get(pick - 1), t);
		}
		if (d.asking() == OrganizerDraft.Slot.REASON) {
			HandoverReason r = talk.reason(raw);
			if (r != null) {
				// 借调到省委巡视组: 其他 with these words (newcomer 23, finding 2)
				String note = r == HandoverReason.OTHER ? talk.otherWords(raw, List.of()) : null;
				return next(actor, d.reason(r).reasonNote(note), t, List.of());
			}
		}
		return fill(actor, d, raw, null, d.asking(), t);
	}

	/**
	 * The reason corrected before 确认 ("原因改为其他", "原因不对，不是调动，是借调到…"): the card again with
	 * it, its words asked for when 其他 comes without them, or the reasons offered when the
	 * words say none (newcomer 23, finding 2).
	 */
	Reply reasonCorrected(Actor actor, OrganizerDraft d, ReasonCorrection said, Texts t) {
		if (said.reason() == null) {
			return ask(actor, d.reason(null).asking(OrganizerDraft.Slot.REASON, List.of()), t, List.of());
		}
		OrganizerDraft corrected = d.reason(said.reason()).reasonNote(said.note()).asking(null, List.of());
		return next(actor, corrected, t, List.of());
	}

	/** A button of this draft's cards: 确认, 取消, a person or unit offered, a reason. */
	Reply pressed(Actor actor, OrganizerDraft d, String choice, Texts t) {
		if (choice.equals("yes") && d.asking() == OrganizerDraft.Slot.CONFIRM) {
			return open(actor, d, t);
		}
		if (choice.startsWith("p")) {
			int n = Integer.parseInt(choice.substring(1));
			if (n >= 1 && n <= d.choices().size()) {
				return chosen(actor, d, d.choices().get(n - 1), t);
			}
		}
		if (choice.startsWith("r")) {
			return next(actor, d.reason(HandoverReason.valueOf(choice.substring(1))), t, List.of());
		}
		return new Reply(List.of(new OutboundMessage.Text(t.get("conv.org.stale"))), d, null);
	}

	/** The official or unit picked from the last card fills the slot asked. */
	private Reply chosen(Actor actor, OrganizerDraft d, long id, Texts t) {
		OrganizerDraft filled = d.fill(d.asking(), id);
		if (d.asking() == OrganizerDraft.Slot.DEPARTING && d.unitId() == null) {
			filled = filled.unit(directory.official(id).unitId());
		}
		return next(actor, filled.asking(null, List.of()), t, List.of());
	}

	/**
	 * Reads what was said into the draft: the reason, a unit, the officials named (who
	 * leaves and who takes over, by the words around each name or, failing those, by the
	 * order they are said in), then goes on.
	 * @param written the message as written when {@code text} is the grammar's reading of
	 * it (null when it is the message): what is said back of it is as written (#12)
	 * @param asked the slot the message answers, or null for a message that says anything
	 */
	private Reply fill(Actor actor, OrganizerDraft draft, String text, String written, OrganizerDraft.Slot asked,
			Texts t) {
		OrganizerDraft d = draft.asking(null, List.of());
		// a matter set aside ("吴强那边的事先不说") names nobody (newcomer 24, finding 1)
		text = talk.withoutAsides(text);
		if (text == null || text.isBlank()) {
			return next(actor, d, t, List.of());
		}
		List<String> scopes = scopes(actor);
		List<int[]> read = new ArrayList<>();
		if (d.reason() == null && talk.reason(text) != null) {
			d = d.reason(talk.reason(text));
		}
		Problem problem = null;
		// the unit: the first one named
		List<Names.UnitSaid> units = names.units(text, scopes);
		units.forEach(u -> read.add(new int[] { u.start(), u.end() }));
		if (d.unitId() == null && !units.isEmpty()) {
			Names.UnitSaid first = units.get(0);
			if (first.units().size() == 1) {
				d = d.unit(first.units().get(0).id());
			}
			else {
				problem = new Problem(OrganizerDraft.Slot.UNIT, first.said(), List.of(), List.of(), first.units(),
						false);
			}
		}
		// the people named, found or not, in the order said
		List<Mention> mentions = new ArrayList<>();
		for (Names.Named n : names.officials(text, scopes, read)) {
			mentions.add(new Mention(n.name(), n.start(), n.end(), inUnit(n.people(), d.unitId()), List.of()));
			read.add(new int[] { n.start(), n.end() });
		}
		for (String token : Names.nameLike(text, read)) {
			if (talk.isWord(token) || talk.reason(token) != null || token.contains("交接")) {
				continue;
			}
			Names.Lookup lookup = names.official(token, scopes);
			int at = text.indexOf(token);
			mentions.add(new Mention(lookup.name(), at, at + token.length(), inUnit(lookup.people(), d.unitId()),
					lookup.close()));
		}
		boolean alone = mentions.isEmpty() && units.isEmpty()
				&& (asked == OrganizerDraft.Slot.DEPARTING || asked == OrganizerDraft.Slot.SUCCESSOR);
		if (alone && !Names.clean(text).isEmpty() && talk.reason(text) == null) {
			// the answer to "离任干部是谁？" is the name, however it is written
			Names.Lookup lookup = names.official(text, scopes);
			mentions
				.add(new Mention(lookup.name(), 0, text.length(), inUnit(lookup.people(), d.unitId()), lookup.close()));
		}
		mentions.sort(Comparator.comparingInt(Mention::start));
		// who is who: the words around a name first, then the order they come in
		List<Mention> unplaced = new ArrayList<>();
		for (Mention m : mentions) {
			String around = masked(text, mentions, m); // 陈离任 must not read as 离任 before
														// the next name
			OrganizerDraft.Slot slot = talk.successorAt(around, m.start(), m.end()) ? OrganizerDraft.Slot.SUCCESSOR
					: talk.departingAt(around, m.start(), m.end()) ? OrganizerDraft.Slot.DEPARTING : null;
			if (slot == null) {
				unplaced.add(m);
				continue;
			}
			Problem p = place(m, slot);
			d = p == null ? d.fill(slot, m.people().get(0).id()) : d.fill(slot, null);
			problem = problem == null ? p : problem;
		}
		// by order, someone outside the unit comes after those in it:
		// "吴强反映，统计局郑晓东的岗位由李静接手"
		// leaves 郑晓东, never asks who leaves after refusing 吴强 (newcomer 24, finding 1)
		Long unitId = d.unitId();
		unplaced.sort(Comparator.comparing(m -> outside(m, unitId)));
		for (Mention m : unplaced) {
			OrganizerDraft.Slot slot = asked != null && d.slot(asked) == null && asked != OrganizerDraft.Slot.UNIT
					&& asked != OrganizerDraft.Slot.REASON
							? asked
							: d.departingId() == null
									&& (problem == null || problem.slot() != OrganizerDraft.Slot.DEPARTING)
											? OrganizerDraft.Slot.DEPARTING
											: d.successorId() == null ? OrganizerDraft.Slot.SUCCESSOR : null;
			if (slot == null) {
				continue; // both are said already: a third name is not taken
			}
			Problem p = place(m, slot);
			if (p == null) {
				d = d.fill(slot, m.people().get(0).id());
			}
			else if (problem == null) {
				problem = p;
			}
		}
		// the answer to "哪个单位？"
		if (asked == OrganizerDraft.Slot.UNIT && d.unitId() == null && problem == null && units.isEmpty()
				&& mentions.isEmpty()) {
			List<UnitName> found = names.unit(text, scopes);
			if (found.size() == 1) {
				d = d.unit(found.get(0).id());
			}
			else {
				problem = new Problem(OrganizerDraft.Slot.UNIT, Names.clean(text), List.of(), List.of(),
						found.isEmpty() ? names.unitsLike(text, scopes) : found, found.isEmpty());
			}
		}
		if (d.unitId() == null && d.departingId() != null) {
			d = d.unit(directory.official(d.departingId()).unitId()); // the post is in
																		// the departing
																		// official's unit
		}
		if (d.reason() == HandoverReason.OTHER && d.reasonNote() == null) {
			// 他借调到自治区统计局帮忙半年: 其他 in the organizer's words, up to the next name
			// said (newcomer 23, finding 2)
			List<Integer> names = mentions.stream().filter(m -> !m.people().isEmpty()).map(Mention::start).toList();
			String note = talk.otherWords(text, names);
			d = note == null ? d : d.reasonNote(asWritten(written, note));
		}
		if (asked == OrganizerDraft.Slot.REASON && d.reason() == null && problem == null) {
			return ask(actor, d.asking(OrganizerDraft.Slot.REASON, List.of()), t,
					List.of(t.get("conv.org.open.reasonUnclear", asWritten(written, text.strip()))));
		}
		return problem != null ? problem(actor, d, problem.asWritten(written), t) : next(actor, d, t, List.of());
	}

	/** The text with every mention but {@code keep} blotted out (same length). */
	private static String masked(String text, List<Mention> mentions, Mention keep) {
		char[] chars = text.toCharArray();
		for (Mention m : mentions) {
			if (m != keep) {
				for (int i = Math.max(0, m.start()); i < Math.min(m.end(), chars.length); i++) {
					chars[i] = '□';
				}
			}
		}
		return new String(chars);
	}

	/**
	 * Someone named in a message, found (one or several people) or not (with close
	 * names).
	 */
	private record Mention(String name, int start, int end, List<Person> people, List<Person> close) {
	}

	/**
	 * Null when the mention is one person; otherwise what to ask about it for the slot.
	 */
	private static Problem place(Mention m, OrganizerDraft.Slot slot) {
		if (m.people().size() == 1) {
			return null;
		}
		return new Problem(slot, m.name(), m.people(), m.close(), List.of(), false);
	}

	/** Whether the one person a mention names is outside the unit, when it is known. */
	private boolean outside(Mention m, Long unitId) {
		return unitId != null && m.people().size() == 1
				&& !m.people().get(0).unitPath().startsWith(directory.unit(unitId).path());
	}

	/**
	 * Of people sharing a name, those in the unit when some are: 张伟 of 上梅乡, not 张伟 of
	 * another township.
	 */
	private List<Person> inUnit(List<Person> people, Long unitId) {
		if (unitId == null || people.size() < 2) {
			return people;
		}
		String path = directory.unit(unitId).path();
		List<Person> in = people.stream().filter(p -> p.unitPath().startsWith(path)).toList();
		return in.isEmpty() ? people : in;
	}

	/** What is missing next, or the confirmation card once nothing is. */
	/** The draft's card (or its next question) again, as it stands now. */
	Reply again(Actor actor, OrganizerDraft d, Texts t) {
		return next(actor, d.asking(null, List.of()), t, List.of());
	}

	private Reply next(Actor actor, OrganizerDraft d, Texts t, List<String> before) {
		for (OrganizerDraft.Slot slot : ORDER) {
			boolean missing = slot == OrganizerDraft.Slot.REASON ? d.reason() == null : d.slot(slot) == null;
			if (missing) {
				return ask(actor, d.asking(slot, List.of()), t, before);
			}
		}
		if (d.reason() == HandoverReason.OTHER && d.reasonNote() == null) {
			// 其他 alone says nothing: its words are asked for (newcomer 20)
			return ask(actor, d.asking(OrganizerDraft.Slot.REASON_NOTE, List.of()), t, before);
		}
		OpeningPreview preview;
		try {
			preview = handovers.preview(actor, request(d));
		}
		catch (BatonException refused) {
			return refused(actor, d, refused, t);
		}
		return new Reply(List.of(confirmation(d, preview, t)), d.asking(OrganizerDraft.Slot.CONFIRM, List.of()), null);
	}

	/**
	 * A refusal of the opening as it stands: a party from outside the unit or the same
	 * person twice is asked again; anything else (a running handover for them, not the
	 * organizer's unit) ends the draft with the refusal.
	 */
	private Reply refused(Actor actor, OrganizerDraft d, BatonException refused, Texts t) {
		String said = t.of(refused);
		String key = refused.messageKey();
		if (key.equals("handover.sameParty")) {
			return ask(actor, d.successor(null).asking(OrganizerDraft.Slot.SUCCESSOR, List.of()), t, List.of(said));
		}
		if (key.startsWith("handover.reasonNote.")) {
			// the words of 其他 too long: asked again, the rest kept
			return ask(actor, d.reasonNote(null).asking(OrganizerDraft.Slot.REASON_NOTE, List.of()), t, List.of(said));
		}
		if (key.equals("handover.partyOutsideUnit")) {
			Object who = refused.arguments()[0];
			boolean departing = d.departingId() != null && directory.official(d.departingId()).name().equals(who);
			OrganizerDraft again = departing ? d.departing(null) : d.successor(null);
			OrganizerDraft.Slot slot = departing ? OrganizerDraft.Slot.DEPARTING : OrganizerDraft.Slot.SUCCESSOR;
			return ask(actor, again.asking(slot, List.of()), t, List.of(said));
		}
		if (key.equals("handover.open.reviewerNeeded")) {
			// the draft is kept: once a reviewer is added ("财政部门审核人增加 张三"), 确认
			// opens it (newcomer 25, finding 1)
			return new Reply(List.of(new OutboundMessage.Text(said)), d, null);
		}
		return new Reply(List.of(new OutboundMessage.Text(said + "\n" + t.get("conv.org.open.notOpened"))), null, null);
	}

	/**
	 * Asks for the slot the draft is asking: a question, or for the reason a card of the
	 * reasons.
	 */
	private Reply ask(Actor actor, OrganizerDraft d, Texts t, List<String> before) {
		OrganizerDraft.Slot slot = d.asking() == null ? OrganizerDraft.Slot.UNIT : d.asking();
		String lead = before.isEmpty() ? "" : String.join("\n", before) + "\n";
		String unit = d.unitId() == null ? "" : directory.unit(d.unitId()).name();
		String departing = d.departingId() == null ? "" : directory.official(d.departingId()).name();
		return switch (slot) {
			case UNIT -> text(d, lead + t.get("conv.org.open.ask.UNIT", examples.opening(actor, t).unit()));
			case DEPARTING -> text(d, lead + t.get("conv.org.open.ask.DEPARTING", unit));
			case SUCCESSOR -> text(d, lead + t.get("conv.org.open.ask.SUCCESSOR", departing, unit));
			case REASON_NOTE ->
				text(d, lead + t.get("conv.org.open.ask.REASON_NOTE", departing, HandoverReason.NOTE_MAX));
			case REASON -> {
				List<OutboundMessage.Button> buttons = new ArrayList<>();
				for (HandoverReason r : HandoverReason.values()) {
					buttons.add(new OutboundMessage.Button(t.get("conv.org.reason." + r), key(d, "r" + r)));
				}
				String question = lead + t.get("conv.org.open.ask.REASON", departing);
				yield new Reply(List.of(new OutboundMessage.Card(cardId(d), t.get("conv.org.open.reasonTitle"),
						question, buttons, question + "\n" + t.get("conv.org.open.reasonFallback"))), d, null);
			}
			default -> next(actor, d.asking(null, List.of()), t, before);
		};
	}

	/**
	 * A name two people share, nobody has, or a unit to choose: a card to pick from (or a
	 * plain question).
	 */
	private Reply problem(Actor actor, OrganizerDraft d, Problem p, Texts t) {
		if (!p.units().isEmpty() || p.slot() == OrganizerDraft.Slot.UNIT) {
			List<UnitName> offered = p.units().stream().limit(Names.OFFERED).toList();
			if (offered.isEmpty()) {
				return text(d.asking(OrganizerDraft.Slot.UNIT, List.of()), t.get("conv.org.open.unitNotFound", p.said())
						+ "\n" + t.get("conv.org.open.ask.UNIT", examples.opening(actor, t).unit()));
			}
			String head = p.unitNotFound() ? t.get("conv.org.open.unitLike", p.said())
					: t.get("conv.org.open.unitMany", p.said(), p.units().size());
			List<String> lines = new ArrayList<>();
			List<OutboundMessage.Button> buttons = new ArrayList<>();
			for (int i = 0; i < offered.size(); i++) {
				UnitName u = offered.get(i);
				String where = u.parentName() == null ? u.name()
						: t.get("conv.org.unitUnder", u.name(), u.parentName());
				lines.add((i + 1) + ". " + where);
				buttons.add(new OutboundMessage.Button((i + 1) + " " + u.name(), key(d, "p" + (i + 1))));
			}
			OrganizerDraft asking = d.asking(OrganizerDraft.Slot.UNIT, offered.stream().map(UnitName::id).toList());
			return card(asking, t.get("conv.org.open.unitTitle"), head, lines, buttons, t);
		}
		List<Person> offered = (p.people().isEmpty() ? p.close() : p.people()).stream().limit(Names.OFFERED).toList();
		String role = t.get("conv.org.role." + p.slot());
		if (offered.isEmpty()) {
			return text(d.asking(p.slot(), List.of()), t.get("conv.org.open.nameNotFound", p.said(), role));
		}
		String head = p.people().isEmpty() ? t.get("conv.org.open.nameLike", p.said(), role)
				: t.get("conv.org.open.nameMany", p.said(), p.people().size(), role);
		if (p.people().size() > Names.OFFERED) {
			head = head + "\n" + t.get("conv.org.open.nameMore", p.people().size() - Names.OFFERED);
		}
		List<String> lines = new ArrayList<>();
		List<OutboundMessage.Button> buttons = new ArrayList<>();
		for (int i = 0; i < offered.size(); i++) {
			Person person = offered.get(i);
			lines.add((i + 1) + ". " + t.get("conv.org.person", person.name(), person.post(), person.unitName()));
			buttons.add(new OutboundMessage.Button(t.get("conv.org.personButton", i + 1, person.name(), person.post()),
					key(d, "p" + (i + 1))));
		}
		OrganizerDraft asking = d.asking(p.slot(), offered.stream().map(Person::id).toList());
		return card(asking, t.get("conv.org.open.nameTitle", role), head, lines, buttons, t);
	}

	private Reply card(OrganizerDraft d, String title, String head, List<String> lines,
			List<OutboundMessage.Button> buttons, Texts t) {
		String body = head + "\n" + String.join("\n", lines);
		return new Reply(List.of(new OutboundMessage.Card(cardId(d), title, body, buttons,
				body + "\n" + t.get("conv.org.pickFallback"))), d, null);
	}

	/**
	 * The confirmation card: unit, parties, reason, policy, the deadlines the notice
	 * would set, who is told.
	 */
	private OutboundMessage.Card confirmation(OrganizerDraft d, OpeningPreview p, Texts t) {
		String reviewers = p.jointReviewers(t::get, "、", "；");
		String period = t.get("conv.org.period." + p.checklistPeriod().unit(), p.checklistPeriod().value());
		String notified = t.get("conv.org.open.notified", p.departing().name(), p.successor().name(), reviewers);
		String body = t.get("conv.org.open.card", p.unit().name(),
				t.get("conv.org.open.party", p.departing().name(), p.departing().post()),
				t.get("conv.org.open.party", p.successor().name(), p.successor().post()),
				p.reason().say(p.reasonNote(), t::get), p.policy().name(), p.checklistDue().toString(), period,
				p.receiptDue().toString(), notified);
		for (String conflict : conflicts(p, t)) {
			body = body + "\n" + conflict;
		}
		if (!p.uncheckedYears().isEmpty()) {
			body = body + "\n" + t.get("conv.org.open.unchecked", t.list(p.uncheckedYears()));
		}
		List<OutboundMessage.Button> buttons = List.of(
				new OutboundMessage.Button(t.get("conv.button.confirm"), key(d, "yes")),
				new OutboundMessage.Button(t.get("conv.button.cancel"), key(d, "no")));
		return new OutboundMessage.Card(cardId(d), t.get("conv.org.open.cardTitle"), body, buttons,
				t.get("conv.org.open.cardTitle") + "\n" + body + "\n" + t.get("conv.org.open.confirmOrCancel"));
	}

	/**
	 * A party who is also one of the handover's reviewers
	 * ({@link OpeningPreview#partyReviewers}, the rule the console's confirmation page
	 * says too), said plainly before 确认, with who else reviews for that department, or
	 * that nobody else does and one must be added first.
	 */
	private static List<String> conflicts(OpeningPreview p, Texts t) {
		return p.partyReviewers().stream().map(c -> c.say(t::get)).toList();
	}

	/**
	 * 确认: opened through the same service the REST API uses; a refusal now (someone was
	 * faster) is said.
	 */
	private Reply open(Actor actor, OrganizerDraft d, Texts t) {
		Handover h;
		try {
			h = handovers.open(actor, request(d));
		}
		catch (BatonException refused) {
			return refused(actor, d, refused, t);
		}
		OrgUnit unit = directory.unit(h.unitId());
		String said = t.get("conv.org.open.done", h.id(), unit.name(), directory.official(h.departingId()).name(),
				directory.official(h.successorId()).name(), h.checklistDue().toString());
		return new Reply(List.of(new OutboundMessage.Text(said)), null, h.id());
	}

	private static OpenRequest request(OrganizerDraft d) {
		return new OpenRequest(d.unitId(), d.departingId(), d.successorId(), d.reason(), d.why(),
				d.reason() == HandoverReason.OTHER ? d.reasonNote() : null);
	}

	/** The scopes (unit paths) of the actor's organizer roles. */
	static List<String> scopes(Actor actor) {
		return actor.roles()
			.stream()
			.filter(r -> r.role() == Role.ORGANIZER)
			.map(r -> r.scopePath())
			.distinct()
			.toList();
	}

	private static Integer pick(String raw, int offered) {
		if (raw == null || offered == 0) {
			return null;
		}
		Matcher m = PICK.matcher(raw);
		if (!m.matches()) {
			return null;
		}
		int n = "123456".indexOf(m.group(1)) >= 0 ? Integer.parseInt(m.group(1)) : "一二三四五六".indexOf(m.group(1)) + 1;
		return n >= 1 && n <= offered ? n : null;
	}

	private static Reply text(OrganizerDraft d, String text) {
		return new Reply(List.of(new OutboundMessage.Text(text)), d, null);
	}

	static String cardId(OrganizerDraft d) {
		return "organizer-" + d.token() + "-" + Long.toHexString(System.nanoTime());
	}

	static String key(OrganizerDraft d, String choice) {
		return OrganizerFlow.KEY_PREFIX + d.token() + ":" + choice;
	}

}
