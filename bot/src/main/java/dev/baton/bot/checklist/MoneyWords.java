package dev.baton.bot.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of money, read from the grammar's word list
 * ({@code conversation/grammar.tsv}, its {@code money} and {@code scale} rows), for what
 * reads a reason or a remark without the grammar (which field a dispute is about, in chat
 * and on the web): one list of money words for all, in Chinese and English (#17). Words
 * in Latin letters count only as whole words ("rmb", never inside "rmbx"); ¥ is money
 * before a number, as the grammar has it.
 */
public final class MoneyWords {

	private static final String WORDS = "/conversation/grammar.tsv";

	/** A scale that says money by itself after a number: 120万, 1.5亿, 1.2 million. */
	private static final BigDecimal ALONE = BigDecimal.valueOf(10000);

	private static final String NUMBER = "[0-9一二三四五六七八九十两]";

	/** Read last: the constants above are needed to read it. */
	private static final MoneyWords STANDARD = read(WORDS);

	/** Money said in so many words: 元, yuan, RMB, CNY, ¥. */
	private final Pattern currency;

	/** A sum of money: 38.5万元, 118万, 1.2 million yuan, RMB 1.2 million, ¥1.2m. */
	private final Pattern money;

	private MoneyWords(List<String> units, List<String> before, List<String> scales, List<String> alone) {
		String unit = any(units);
		String scale = any(scales);
		this.currency = Pattern.compile("[¥￥]|" + unit);
		this.money = Pattern.compile(NUMBER + "\\s*(?:" + scale + "\\s*)?" + unit + "|(?:[¥￥]|" + any(before)
				+ ")\\s*[0-9]|[0-9]\\s*" + any(alone));
	}

	/** The words Baton ships. */
	public static MoneyWords standard() {
		return STANDARD;
	}

	/** Whether the words (lower case) say money: a currency word or ¥. */
	public boolean currencySaid(String words) {
		return words != null && currency.matcher(words).find();
	}

	/** Whether the words (lower case) state a sum of money. */
	public boolean sumSaid(String words) {
		return words != null && money.matcher(words).find();
	}

	static MoneyWords read(String resource) {
		List<String> units = new ArrayList<>();
		List<String> before = new ArrayList<>();
		List<String> scales = new ArrayList<>();
		List<String> alone = new ArrayList<>();
		try (InputStream in = MoneyWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No word list at " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split("\t");
				if (cells.length < 2 || cells[0].startsWith("#")) {
					continue;
				}
				String word = cells[1].strip().toLowerCase(java.util.Locale.ROOT);
				String meaning = cells.length > 2 ? cells[2].strip() : "";
				if (cells[0].equals("money")) {
					units.add(word);
					if (meaning.equals("before")) {
						before.add(word);
					}
				}
				else if (cells[0].equals("scale")) {
					scales.add(word);
					String[] parts = meaning.split("\\s+");
					boolean onlyWithMoney = parts.length > 1 && parts[1].equals("currency");
					if (!onlyWithMoney && new BigDecimal(parts[0]).compareTo(ALONE) >= 0) {
						alone.add(word);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MoneyWords(units, before, scales, alone);
	}

	/**
	 * One of the words, the longest first; a word in Latin letters only as a whole word.
	 */
	private static String any(List<String> words) {
		return words.stream()
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(w -> w.matches("[a-z]+") ? "(?<![a-z])" + Pattern.quote(w) + "(?![a-z])" : Pattern.quote(w))
			.collect(Collectors.joining("|", "(?:", ")"));
	}

}
