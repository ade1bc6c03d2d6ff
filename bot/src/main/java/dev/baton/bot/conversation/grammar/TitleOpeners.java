package dev.baton.bot.conversation.grammar;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that open what someone says about an item without being the item (#12, newcomer
 * 9, documents check): "局里今年的 重点是统计数据质量提升三年行动", "乡内有县级文物保护单位3处", "我们这里有一座水库", "还有一个老年食堂".
 * They are taken off the front of an item's title as a class, by the shape of the words,
 * not as a list of phrases: a topic ending in 的重点是 / 的主要任务是, a time word followed by 是, a
 * place or the speaker followed by 有, an announcing 还有一个. The original words stay in the
 * item's 原文. A title is never shortened below two letters: "今年是" alone stays.
 */
public final class TitleOpeners {

	/** 一个 / 一项 / 一笔 … after 有: they count the item, they are not it. */
	private static final String ONE = "(?:一(?:个|项|笔|件|处|座|条|批|宗|家|所|块))?";

	/** 有 that starts a word of its own is no opener: 有关部门, 有效期, 有线电视, 有限公司 … */
	private static final String HAS = "(?![关效限偿序线机色利力所无的益害])";

	private static final String GAP = "[\\s,，:：、]*";

	private static final List<Pattern> OPENERS = List.of(
			// 局里今年的重点是… / 我们今年的主要任务是… / 全年工作的重中之重是…
			Pattern.compile("^[^,，;；。:：]{0,12}?的(?:重点|重点工作|重中之重|主要任务|中心工作|头等大事|核心工作)(?:之一)?" + "(?:是|为|就是|有)" + GAP),
			// 今年…是 / 目前最要紧的是 / 现在手头是
			Pattern.compile("^(?:今年|去年|明年|目前|现在|当前|眼下|近期|这几年)[^,，;；。:：是有]{0,8}?(?:就是|是)" + GAP),
			// 我们这里有 / 咱们这边还有 / 单位还有 / 我手上有
			Pattern.compile("^(?:(?:我们|咱们|我|本单位|单位)(?:这里|这边|这儿|手上|手头)?|这里|这边|这儿|手上|手头)还?有" + HAS + ONE + GAP),
			// 乡内有 / 局里有 / 村里还有 / 镇上有一处
			Pattern.compile("^\\p{IsHan}{1,3}?(?:内|里|上)还?有" + HAS + ONE + GAP),
			// 还有一个 / 另外一项 (said without a comma after it)
			Pattern.compile("^(?:还有|另外|另有)" + HAS + ONE + GAP));

	/** Whether what an opener leaves is still an item: two letters or more. */
	private static final int MIN_LEFT = 2;

	private TitleOpeners() {
	}

	/**
	 * The title without the openers at its front; the title as it was when nothing would
	 * be left.
	 */
	public static String strip(String title) {
		if (title == null) {
			return null;
		}
		String out = title.strip();
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (Pattern p : OPENERS) {
				Matcher m = p.matcher(out);
				if (m.find() && m.end() > 0) {
					String rest = out.substring(m.end()).strip();
					if (rest.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_LEFT) {
						out = rest;
						dropped = true;
					}
				}
			}
		}
		return out;
	}

}
