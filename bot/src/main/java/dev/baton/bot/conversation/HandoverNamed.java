package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.access.Actor;
import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import org.springframework.stereotype.Component;

/**
 * A handover named by words instead of its number, for every command that takes a
 * handover (进度, 交接书, 切换, and the organizer's 延期, 取消, 更换接任人, 公开交接): the words before 交接
 * (with 那个 / 的 between) name one of its parties, departing or successor (newcomer 23,
 * findings 8 and 16: 「马军那个交接给他延3天吧，…」「马军那个交接现在到哪一步了」 were not understood), or its unit by
 * a part of at least two Han characters of the unit's name (#12, newcomer 14, finding 8:
 * 「统计局那个交接现在到哪一步了」; 统计局 for 石嘴山市统计局, the longest such part). A person's name said with a
 * unit (水务局马军那个交接) is of that unit's handover. One handover: the command about it, as if
 * its number had been said; several: which, listed, nothing done; none, though the words
 * read as a unit's name: said so. A running handover is preferred to an ended one. The
 * same names are read by {@link #among} for actions on steps waiting on the person
 * ("周红那个交接，通过", see {@link OwedElsewhere}). Without 交接 ("刘志远那个…" / "杨丽的…", newcomer 24,
 * finding 11) only a party's name names one, and only before a command said as with its
 * number (延到12月11日 / 取消); before the command, up to two clauses that are only a preamble
 * ("我已经催过了，还是延到…") are dropped.
 */
@Component
class HandoverNamed {

	/** The most handovers read to find the one named: one page. */
	private static final int LOOK_AT = HandoverFilter.MAX_LIMIT;

	/** Words, then 那个 / 的 …, then 交接: "统计局那个交接", "把马军的交接书". */
	private static final Pattern MENTION = Pattern.compile("(\\p{IsHan}+?)(那个|这个|那项|这项|那边的|这边的|的)?交接(书|表|台账)?");

	/**
	 * Words, then 那个 / 那边 / 的 … without 交接 (newcomer 24, finding 11:
	 * "刘志远那个我已经催过了，还是延到12月11日吧"): a party's name there names the handover only when the
	 * rest is a command that takes one.
	 */
	private static final Pattern BARE = Pattern.compile("(\\p{IsHan}+?)(那个|这个|那项|这项|那边|这边|的)(?!交接)");

	/** The most clauses dropped as a preamble before the command: 我已经催过了，…. */
	private static final int PREAMBLES = 2;

	/** How a unit's name ends: words that read as a unit even when none matches. */
	private static final Pattern UNIT_LIKE = Pattern.compile("(局|委|办|乡|镇|县|区|市|院|所|中心|街道|部|厅|处|站|队|馆|校|村|社区|公司|集团)$");

	/** The commands that take a handover, whose number names one (Conversation). */
	private static final Set<Intent> TAKE_ONE = EnumSet.of(Intent.STATUS, Intent.DOCUMENT, Intent.SWITCH,
			Intent.EXTEND_DEADLINE, Intent.CANCEL, Intent.CHANGE_SUCCESSOR, Intent.PUBLISH);

	/** Of those, the organizer's: anyone else's words are left as they are. */
	private static final Set<Intent> ORGANIZERS = EnumSet.of(Intent.EXTEND_DEADLINE, Intent.CANCEL,
			Intent.CHANGE_SUCCESSOR, Intent.PUBLISH);

	/** The commands whose "which one?" has words of its own (进度 编号, 交接书 编号). */
	private static final Set<Intent> OWN_WHICH = EnumSet.of(Intent.STATUS, Intent.DOCUMENT);

	private final HandoverService handovers;

	private final CommandParser parser;

	HandoverNamed(HandoverService handovers, CommandParser parser) {
		this.handovers = handovers;
		this.parser = parser;
	}

	/**
	 * What the words name and ask: the command with the handover's number, or the reply
	 * when they name several or none.
	 *
	 * @param command the command, with the handover's number, or null with a reply
	 * @param reply what to say instead, or null
	 */
	record Named(Command command, String reply) {
	}

	/** Where the name stands in the words before 交接, and the handovers it fits. */
	private record Fit(String said, int start, int end, List<HandoverBrief> handovers) {
	}

	/**
	 * Null when the words name no handover this way, or ask nothing of it that takes one
	 * (or the message names a number already, or asks to open a handover).
	 */
	Named find(Actor actor, Command read, String said, LocalDate today, Texts t) {
		if (read.hasNumber() || read.intent() == Intent.OPEN_HANDOVER || said == null) {
			return null;
		}
		boolean organizer = !OpeningFlow.scopes(actor).isEmpty();
		Matcher m = MENTION.matcher(said);
		while (m.find()) {
			String document = m.group(3) == null ? "" : "交接" + m.group(3);
			Named named = named(actor, organizer, said, m.group(1), m.start(1), m.end(), document, today, t);
			if (named != null) {
				return named;
			}
		}
		// "刘志远那个…" / "杨丽的…" without 交接: by a party's name only, before a command said
		// with a handover's number (newcomer 24, finding 11)
		Matcher bare = BARE.matcher(said);
		while (bare.find()) {
			Named named = named(actor, organizer, said, bare.group(1), bare.start(1), bare.end(), null, today, t);
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	/**
	 * What the words {@code before} (at {@code start} of the message, the mention ending
	 * at {@code end}) name and ask; {@code document} null for a mention without 交接, which
	 * names a handover only by a party's name and only before a command said as with its
	 * number. Null when they name none this way.
	 */
	private Named named(Actor actor, boolean organizer, String said, String before, int start, int end, String document,
			LocalDate today, Texts t) {
		boolean bare = document == null;
		List<HandoverBrief> running = handovers.list(actor, HandoverFilter.running(LOOK_AT));
		Fit fit = fit(before, running, bare);
		if (fit == null) {
			fit = fit(before, handovers.list(actor, new HandoverFilter(null, null, null, null, LOOK_AT)), bare);
		}
		if (bare && fit == null) {
			return null;
		}
		String lead = said.substring(0, start) + before.substring(0, fit == null ? 0 : fit.start());
		String rest = said.substring(end);
		Command c = asked(lead, bare ? "" : document, rest, fit, today, bare);
		if (c == null || ORGANIZERS.contains(c.intent()) && !organizer) {
			return null;
		}
		if (fit == null) {
			if (!UNIT_LIKE.matcher(before).find()) {
				return null;
			}
			return new Named(null, t.get("conv.unitNamed.none", stripLead(before)));
		}
		List<HandoverBrief> named = fit.handovers();
		if (named.size() > 1) {
			String lines = String.join("\n", named.stream().map(h -> "· " + Titles.line(t, h)).toList());
			String first = String.valueOf(named.get(0).id());
			if (OWN_WHICH.contains(c.intent())) {
				return new Named(null,
						t.get("conv.unitNamed.several." + c.intent().name(), fit.said(), named.size(), lines, first));
			}
			String example = (lead + "交接" + first + (bare ? "" : document) + rest).strip();
			return new Named(null, t.get("conv.named.several", fit.said(), named.size(), lines, example));
		}
		long id = named.get(0).id();
		return new Named(new Command(c.intent(), (int) id, c.text(), c.field(), c.value(), c.amount(), c.date(),
				c.status(), c.ruling(), c.code(), c.finished(), c.raw(), c.quantity(), c.unit(), c.clear(),
				c.tentative(), c.step()), null);
	}

	/**
	 * The command the words give, after up to {@link #PREAMBLES} clauses of their own
	 * that are only a preamble ("刘志远那个我已经催过了，还是延到12月11日吧": 我已经催过了 is dropped, newcomer
	 * 24, finding 11); null when none takes a handover.
	 */
	private Command asked(String lead, String document, String rest, Fit fit, LocalDate today, boolean bare) {
		String after = rest;
		for (int dropped = 0; after != null && dropped <= PREAMBLES; dropped++) {
			Command c = askedOnce(lead, document, after, fit, today, bare);
			if (c != null) {
				return c;
			}
			after = parser.afterPreambleClause(after);
		}
		return null;
	}

	/**
	 * The command the words give with the handover said by its number (交接12延期3天 / 取消交接12
	 * / 交接12的接任人换成张三), or without the name at all (现在到哪一步了 / 把交接书发我一下); null when neither
	 * takes a handover.
	 */
	private Command askedOnce(String lead, String document, String rest, Fit fit, LocalDate today, boolean bare) {
		if (document.isEmpty()) {
			// any number stands for the one named: only its place in the words matters
			int stand = fit == null ? 1 : (int) fit.handovers().get(0).id();
			Command numbered = parser.parse(lead + "交接" + stand + rest, today);
			if (TAKE_ONE.contains(numbered.intent()) && Integer.valueOf(stand).equals(numbered.number())) {
				return numbered;
			}
		}
		if (bare) {
			// without 交接, only a command said as with the handover's number
			return null;
		}
		String words = (lead + document + rest).strip();
		Command c = parser.parse(words.isEmpty() ? "进度" : words, today);
		return TAKE_ONE.contains(c.intent()) && !c.hasNumber() ? c : null;
	}

	/**
	 * The handovers the words before 交接 name: by a party's name (the longest said; those
	 * of the unit said before it, when some are), else (unless {@code byNameOnly}) by the
	 * longest end of the words that is part of a unit's name; null when none.
	 */
	private static Fit fit(String before, List<HandoverBrief> handovers, boolean byNameOnly) {
		List<HandoverBrief> byName = among(before, handovers, HandoverNamed::parties);
		if (!byName.isEmpty()) {
			String name = longestName(before, parties(byName.get(0)));
			int at = before.indexOf(name);
			String unit = longestPart(before.substring(0, at), byName);
			List<HandoverBrief> inUnit = unit == null ? byName
					: byName.stream().filter(h -> h.unitName() != null && h.unitName().contains(unit)).toList();
			int start = unit == null ? at : before.substring(0, at).lastIndexOf(unit);
			return new Fit(name, start, before.length(), inUnit.isEmpty() ? byName : inUnit);
		}
		String part = byNameOnly ? null : longestPart(before, handovers);
		if (part == null) {
			return null;
		}
		List<HandoverBrief> matched = handovers.stream()
			.filter(h -> h.unitName() != null && h.unitName().contains(part))
			.toList();
		return new Fit(part, before.length() - part.length(), before.length(), matched);
	}

	/**
	 * The handovers of which the words hold a name ({@code namesOf}: the parties', or the
	 * unit's too), the longest name said winning (王芳芳 over 王芳, 石嘴山市农业农村局 over 石嘴山市);
	 * empty when none is.
	 */
	static List<HandoverBrief> among(String words, Collection<HandoverBrief> handovers,
			Function<HandoverBrief, List<String>> namesOf) {
		List<HandoverBrief> best = new ArrayList<>();
		int longest = 0;
		for (HandoverBrief h : handovers) {
			int said = longestName(words, namesOf.apply(h)).length();
			if (said > longest) {
				best.clear();
				longest = said;
			}
			if (said > 0 && said == longest) {
				best.add(h);
			}
		}
		return best;
	}

	/** The longest of these names (two characters or more) the words hold, or "". */
	static String longestName(String words, List<String> names) {
		String found = "";
		for (String name : names) {
			if (name.length() >= 2 && name.length() > found.length() && words.contains(name)) {
				found = name;
			}
		}
		return found;
	}

	/** A handover's parties by name: 马军, 杨丽. */
	static List<String> parties(HandoverBrief b) {
		return java.util.stream.Stream.of(b.departingName(), b.successorName())
			.filter(n -> n != null && !n.isBlank())
			.toList();
	}

	/** A handover's names as people say them: 周红, 吴强, 石嘴山市农业农村局, 农业农村局. */
	static List<String> names(HandoverBrief b) {
		List<String> names = new ArrayList<>(parties(b));
		String unit = b.unitName() == null ? "" : b.unitName();
		names.add(unit);
		for (String level : List.of("省", "市", "县", "区", "乡", "镇")) {
			int at = unit.indexOf(level);
			if (at >= 0 && unit.length() - at - 1 >= 3) {
				names.add(unit.substring(at + 1));
			}
		}
		return names.stream().filter(n -> !n.isBlank()).toList();
	}

	/**
	 * The longest end of the words (two Han characters or more) that is part of the name
	 * of a unit of these handovers, or null.
	 */
	private static String longestPart(String words, List<HandoverBrief> handovers) {
		for (int from = 0; from + 2 <= words.length(); from++) {
			String end = words.substring(from);
			if (handovers.stream().anyMatch(h -> h.unitName() != null && h.unitName().contains(end))) {
				return end;
			}
		}
		return null;
	}

	/** The unit as said, without a leading 把 / 给我 …. */
	private static String stripLead(String words) {
		return words.replaceFirst("^(请|麻烦|帮我|给我|把|问下|问一下|看看|查查|查一下)+", "");
	}

}
