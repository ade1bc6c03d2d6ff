package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step reported done with its own verb in the past (#12, newcomer 18): 「补偿协议今天和村民签了」
 * about 「与村民签订补偿协议」 says the step is done, as 「…这一步已经办完了」 does. A verb of the step's own
 * text, said with 了 right after it (签了 / 签订了 / 付了 / 交了 / 办了 / 拆了), is a done report;
 * never when negated (没签, 还没有签) or still to come (快签了, 要签了).
 */
final class StepVerbDone {

	/** Verbs of steps, longest first so 签订 is tried before 签. */
	private static final List<String> VERBS = List.of("签订", "签署", "支付", "兑付", "付清", "结清", "上交", "上缴", "交付", "办理", "办结",
			"拆除", "验收", "安装", "签", "付", "交", "缴", "办", "拆", "修", "建", "装", "报");

	private static final Pattern NOT_YET = Pattern.compile("(?:没|没有|未|尚未|不|快|快要|要|将|将要|准备|马上|就要)$");

	private StepVerbDone() {
	}

	/** Whether {@code words} say a verb of {@code step} with 了 after it, not negated. */
	static boolean said(String step, String words) {
		if (step == null || words == null) {
			return false;
		}
		for (String verb : VERBS) {
			if (!step.contains(verb)) {
				continue;
			}
			// the step's verb, or a verb in it (签订 → 签), said with 了
			for (String spoken : VERBS) {
				if (!verb.contains(spoken)) {
					continue;
				}
				Matcher m = Pattern.compile(Pattern.quote(spoken) + "(?:完|好)?了").matcher(words);
				while (m.find()) {
					String before = words.substring(0, m.start()).replaceAll("\\s+", "");
					if (!NOT_YET.matcher(before.replaceFirst("(?:还|都|也)$", "")).find()
							&& !NOT_YET.matcher(before).find()) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
