package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;
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
 * A handover named by its unit's short name (#12, newcomer 14, finding 8: the organizer's
 * 「统计局那个交接现在到哪一步了」「统计局的交接到哪了」「把统计局的交接书发我一下」 were not understood): the words before 交接
 * (with 那个 / 的 between) that are a part of at least two Han characters of the name of a
 * unit whose handover the person may see (统计局 for 石嘴山市统计局, 上梅乡 for 平罗县上梅乡), the longest
 * such part. One handover: the question asked of it (进度, 交接书); several: which, listed;
 * none, though the words read as a unit's name: said so. A running handover is preferred
 * to an ended one of the same unit.
 */
@Component
class UnitNamed {

	/** The most handovers read to find the one named: one page. */
	private static final int LOOK_AT = HandoverFilter.MAX_LIMIT;

	/** Words, then 那个 / 的 …, then 交接: "统计局那个交接", "把统计局的交接书". */
	private static final Pattern MENTION = Pattern.compile("(\\p{IsHan}+?)(那个|这个|那项|这项|那边的|这边的|的)?交接(书|表|台账)?");

	/** How a unit's name ends: words that read as a unit even when none matches. */
	private static final Pattern UNIT_LIKE = Pattern.compile("(局|委|办|乡|镇|县|区|市|院|所|中心|街道|部|厅|处|站|队|馆|校|村|社区|公司|集团)$");

	/** What the words may ask of the handover named. */
	private static final java.util.Set<Intent> ASKED = java.util.EnumSet.of(Intent.STATUS, Intent.DOCUMENT);

	private final HandoverService handovers;

	private final CommandParser parser;

	UnitNamed(HandoverService handovers, CommandParser parser) {
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

	/** Null when the words name no unit's handover this way, or ask nothing of it. */
	Named find(Actor actor, String said, LocalDate today, Texts t) {
		Matcher m = MENTION.matcher(said == null ? "" : said);
		while (m.find()) {
			String before = m.group(1);
			List<HandoverBrief> running = handovers.list(actor, HandoverFilter.running(LOOK_AT));
			String part = longestPart(before, running);
			List<HandoverBrief> seen = running;
			if (part == null) {
				seen = handovers.list(actor, new HandoverFilter(null, null, null, null, LOOK_AT));
				part = longestPart(before, seen);
			}
			String named = part == null ? before : part;
			// the words without the unit (and 交接, unless 交接书 / 交接表 is what is asked for)
			String asked = (said.substring(0, m.start(1)) + before.substring(0, before.length() - named.length())
					+ (m.group(3) == null ? "" : "交接" + m.group(3)) + said.substring(m.end()))
				.strip();
			Command c = asked.isEmpty() ? parser.parse("进度", today) : parser.parse(asked, today);
			if (!ASKED.contains(c.intent()) || c.hasNumber()) {
				continue;
			}
			if (part == null) {
				if (!UNIT_LIKE.matcher(before).find()) {
					continue;
				}
				return new Named(null, t.get("conv.unitNamed.none", stripLead(before)));
			}
			String p = part;
			List<HandoverBrief> matched = seen.stream().filter(h -> h.unitName().contains(p)).toList();
			if (matched.size() > 1) {
				String lines = String.join("\n", matched.stream().map(h -> "· " + Titles.line(t, h)).toList());
				return new Named(null, t.get("conv.unitNamed.several." + c.intent().name(), part, matched.size(), lines,
						String.valueOf(matched.get(0).id())));
			}
			long id = matched.get(0).id();
			return new Named(new Command(c.intent(), (int) id, c.text(), c.field(), c.value(), c.amount(), c.date(),
					c.status(), c.ruling(), c.code(), c.finished(), c.raw(), c.quantity(), c.unit(), c.clear(),
					c.tentative(), c.step()), null);
		}
		return null;
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
