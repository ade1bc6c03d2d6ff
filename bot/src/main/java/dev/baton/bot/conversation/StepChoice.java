package dev.baton.bot.conversation;

import java.util.Comparator;
import java.util.List;

import dev.baton.bot.conversation.grammar.StepWords;
import dev.baton.bot.followup.FollowUpStep;

/**
 * Which open steps of a plan words name, when progress is said without a step number
 * (#12, newcomers 2 and 3). A step whose own words are all in the message,
 * {@value #CLEAR} letters or more of them ("运维服务年度验收评价已经做完了" for "完成运维服务年度验收评价"), wins
 * outright, whatever other steps share a word with it (the longest, when one step's words
 * hold another's); so does a step the words share {@value #CLEAR} letters or more with,
 * and at least twice as many as with any other step ("结余资金上缴申请已经报给财政局了" for
 * "向财政局报送结余资金上缴申请"). Otherwise every step they name, best first, for the person to choose
 * from, unless it is one step named by all its own words standing by themselves, and no
 * step done already shares them ("验收那步完成了一半了" for "完成验收"; not "验收方案已经定了": see
 * {@link StepWords#standsAlone}): nothing is recorded on a guess. Before all that, a step
 * whose whole text is in the words as written, figures and all ({@value #CLEAR} letters
 * and digits or more: "整改2件那一步已经干完了" for "整改2件", #12, newcomer 14), is the step, unless
 * the other words name another step too.
 */
final class StepChoice {

	/**
	 * Letters shared with one step, and twice those with any other, that name it without
	 * asking.
	 */
	static final int CLEAR = 4;

	private StepChoice() {
	}

	private record Scored(FollowUpStep step, StepWords.Match match) {
	}

	/**
	 * What the words name.
	 *
	 * @param steps the step they name clearly (one), or the steps to ask among, best
	 * first; none when they name none
	 * @param clear whether the one step is named clearly enough to record without asking
	 */
	record Choice(List<FollowUpStep> steps, boolean clear) {

		static final Choice NONE = new Choice(List.of(), false);

	}

	/** What the words name among these steps, no step done already considered. */
	static Choice of(List<FollowUpStep> steps, String words) {
		return of(steps, List.of(), words);
	}

	static Choice of(List<FollowUpStep> open, List<FollowUpStep> done, String words) {
		// a step's whole text as written, figures and all ("整改2件那一步已经干完了", #12, newcomer
		// 14), names it: the longest such step when it is one
		List<FollowUpStep> held = open.stream()
			.filter(s -> StepWords.heldWhole(words, s.description()) >= CLEAR)
			.sorted(Comparator.comparingInt((FollowUpStep s) -> StepWords.heldWhole(words, s.description())).reversed())
			.toList();
		if (!held.isEmpty()) {
			int longest = StepWords.heldWhole(words, held.get(0).description());
			List<FollowUpStep> top = held.stream()
				.filter(s -> StepWords.heldWhole(words, s.description()) == longest)
				.toList();
			// and nothing else said names another step ("系统联调和上线验收都在推进" names two)
			String rest = words.replace(top.get(0).description(), " ");
			boolean others = open.stream()
				.filter(s -> s != top.get(0))
				.anyMatch(s -> StepWords.match(rest, s.description()).any());
			if (top.size() == 1 && !others) {
				return new Choice(top, true);
			}
		}
		List<Scored> named = open.stream()
			.map(s -> new Scored(s, StepWords.match(words, s.description())))
			.filter(s -> s.match().any())
			.sorted(Comparator.comparingInt((Scored s) -> s.match().shared()).reversed())
			.toList();
		if (named.isEmpty()) {
			return Choice.NONE;
		}
		// a step's own words are a whole match only when they say enough: "验收" is all
		// "完工验收" means beside 完工,
		// and 验收 is in many steps
		List<Scored> whole = named.stream().filter(s -> s.match().whole() && s.match().shared() >= CLEAR).toList();
		if (!whole.isEmpty()) {
			int best = whole.get(0).match().shared();
			List<FollowUpStep> top = whole.stream().filter(s -> s.match().shared() == best).map(Scored::step).toList();
			return new Choice(top, top.size() == 1);
		}
		int best = named.get(0).match().shared();
		int second = named.size() > 1 ? named.get(1).match().shared() : 0;
		if (best >= CLEAR && best >= 2 * second) {
			return new Choice(List.of(named.get(0).step()), true);
		}
		// one step named by all its own words, standing by themselves ("验收那步完成了一半了" for
		// 完成验收, "信访件还没完成" for 信访件办结: #12, newcomer 16, finding 8), and by no step
		// done already
		if (named.size() == 1 && named.get(0).match().whole()
				&& StepWords.standsAlone(words, named.get(0).step().description())
				&& done.stream().noneMatch(s -> StepWords.match(words, s.description()).any())) {
			return new Choice(List.of(named.get(0).step()), true);
		}
		return new Choice(named.stream().map(Scored::step).toList(), false);
	}

}
