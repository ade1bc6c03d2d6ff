package dev.baton.bot.conversation.grammar;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The counterparty (对方单位) of an economic item, read from its words by a grammar rule
 * (newcomer 9's documents check: "欠宁夏信达软件公司系统运维费 38万 还没付" left 对方单位 empty in the 交接书). A
 * name is a run of letters ending with a {@code party_end} word of the grammar (公司, 银行, 局
 * …, and the branch words after one: 有限公司, 支行), read
 * <ul>
 * <li>after a word of owing or paying: 欠 / 拖欠 / 尚欠 / 应付 / 应收 / 应还 / 付给 / 借给 / 欠付;</li>
 * <li>between 向 / 与 / 和 / 同 / 跟 / 从 and 借 / 贷 / 签 / 订 / 的合同: 向县农商行借款 / 与福建建工签订的合同 (here
 * any name of two to sixteen letters, with or without an ending word);</li>
 * <li>alone, for an ending word meant {@code alone} (公司, 银行, 合作社 …): 县农商银行贷款余额200万元.</li>
 * </ul>
 * Null when no name is clear: a name with 的 or an account word in it (单位基本户银行), or one
 * letter alone, is no name.
 */
public final class Counterparty {

	private static final String LETTERS = "[\\p{IsHan}A-Za-z（）()]";

	/** Words after an ending that still belong to the name: 股份有限公司, 分公司, 支行, 营业部. */
	private static final String BRANCH = "(?:(?:股份)?有限(?:责任)?公司|分公司|子公司|支行|分行|营业部|分理处|分局)*";

	private static final String OWING = "(?:拖欠|尚欠|还欠|欠付|应付给|应付|应收|应还|付给|支付给|借给|拨给|欠)(?:了|着|给)?";

	private static final String WITH = "(?:向|与|和|同|跟|从)";

	private static final String DEALING = "(?=借|贷|签|订|的(?:借款|贷款|合同|协议|往来)|合同|协议)";

	private static final Pattern ACCOUNT = Pattern.compile("户|账|款|余额|资金|经费|存款|结余");

	private static volatile Counterparty standard;

	private final Pattern owing;

	private final Pattern with;

	private final Pattern withAny;

	private final Pattern alone;

	/** 欠X的…款: whatever stands between 欠 and 的 (欠福建建工的村道硬化工程款 → 福建建工). */
	private final Pattern owingOf;

	Counterparty(Grammar grammar) {
		String every = ends(grammar, false);
		String strong = ends(grammar, true);
		this.owing = Pattern.compile(OWING + "(" + LETTERS + "{1,24}?(?:" + every + ")" + BRANCH + ")");
		this.with = Pattern.compile(WITH + "(" + LETTERS + "{1,24}?(?:" + every + ")" + BRANCH + ")" + DEALING);
		this.withAny = Pattern.compile(WITH + "(" + LETTERS + "{2,16}?)" + DEALING);
		this.owingOf = Pattern.compile("(?:拖欠|尚欠|还欠|欠)(?:了|着)?(" + LETTERS + "{2,16}?)的");
		this.alone = Pattern
			.compile("(?:^|[\\s,，;；、:：。]|" + OWING + ")(" + LETTERS + "{1,24}?(?:" + strong + ")" + BRANCH + ")");
	}

	public static Counterparty standard() {
		Counterparty c = standard;
		if (c == null) {
			c = new Counterparty(Grammar.standard());
			standard = c;
		}
		return c;
	}

	private static String ends(Grammar grammar, boolean aloneOnly) {
		return grammar.entries()
			.stream()
			.filter(e -> e.kind() == Grammar.Kind.PARTY_END)
			.filter(e -> !aloneOnly || e.meaning().equalsIgnoreCase("alone"))
			.map(Grammar.Entry::word)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	/** The counterparty the words name, or null when none is clear. */
	public String in(String said) {
		if (said == null || said.isBlank()) {
			return null;
		}
		for (Pattern p : List.of(owing, owingOf, with, withAny, alone)) {
			Matcher m = p.matcher(said);
			while (m.find()) {
				String name = m.group(1).strip();
				if (clear(name)) {
					return name;
				}
			}
		}
		return null;
	}

	/**
	 * A name: two letters or more, no 的 (县里的公司), not only words that point (这家公司, 该公司),
	 * and no words of an account (单位基本户银行存款余额 is the unit's own money, not a
	 * counterparty's name).
	 */
	private static boolean clear(String name) {
		return name.codePointCount(0, name.length()) >= 2 && !name.contains("的") && !ACCOUNT.matcher(name).find()
				&& !name.matches("^(?:这|那|该|此|本|我|贵|其|某)(?:家|个|一)?\\p{IsHan}{0,2}$");
	}

}
