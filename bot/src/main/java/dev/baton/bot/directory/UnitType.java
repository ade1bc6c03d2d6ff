package dev.baton.bot.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of unit Baton knows, with the words people write for them (the roster's 单位类型
 * column; #13, newcomer 4: 5). A unit's type is stored as the code ({@code TOWNSHIP});
 * the REST API also takes any other code of capital letters, as it always has, but the
 * roster takes only these words, so a typo never becomes a new kind of unit.
 */
public enum UnitType {

	PROVINCE("省", "province", "省", "自治区", "直辖市"), CITY("市", "city", "市", "地级市", "州", "盟"),
	COUNTY("县区", "county", "县", "区", "县区", "县级市", "旗"), TOWNSHIP("乡镇", "township", "乡镇", "乡", "镇", "街道", "苏木"),
	DEPARTMENT("部门", "department", "部门", "局", "委办局"), OFFICE("科室", "office", "科室", "股室", "处室"),
	VILLAGE("村社区", "village", "村", "社区", "村社区"), UNIT("单位", "unit", "单位", "其他"),
	CITY_DEPARTMENT("市直部门", "city department", "市直部门"), COUNTY_DEPARTMENT("县直部门", "county department", "县直部门");

	private final String zh;

	private final String en;

	private final List<String> words;

	UnitType(String zh, String en, String... words) {
		this.zh = zh;
		this.en = en;
		this.words = List.of(words);
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	/**
	 * The words that mean this type: its Chinese words, its English name, its code
	 * (spaces and case aside).
	 */
	public static Optional<UnitType> byWord(String word) {
		String key = word == null ? "" : word.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(t -> t.words.contains(key) || t.en.equals(key) || t.name().toLowerCase(Locale.ROOT).equals(key))
			.findFirst();
	}

	/** The type a stored code names, if Baton knows it ({@code CITY_DEPARTMENT}). */
	public static Optional<UnitType> byCode(String code) {
		return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
	}

	/**
	 * A stored code in Chinese words: 市直部门 for {@code CITY_DEPARTMENT}; a code Baton has
	 * no word for (one the REST API took) as 其他类型.
	 */
	public static String zhOf(String code) {
		return byCode(code).map(UnitType::zh).orElse("其他类型");
	}

	/** A stored code in English words: city department; other type. */
	public static String enOf(String code) {
		return byCode(code).map(UnitType::en).orElse("other type");
	}

	/** Every word, for a refusal that lists them: 乡镇（乡、镇、街道…）、部门… */
	public static String wordsZh() {
		return String.join("、",
				Arrays.stream(values()).map(t -> t.zh + "（" + String.join("、", t.words) + "）").toList());
	}

	public static String wordsEn() {
		return String.join(", ", Arrays.stream(values()).map(t -> t.en).toList());
	}

}
