package dev.baton.bot.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the roster sheet (名册), found by their header in row 1 in any order.
 * Every column but {@link #UNIT_CODE} must be there (its cells may be blank where the
 * column says so); a header that is none of these is refused, so a misspelt optional
 * column is never silently ignored.
 */
public enum RosterColumn {

	UNIT("单位", "Unit", true, 128, "本行干部所在的单位（或本行要建立的单位）的名称。",
			"The unit the official works in (or the unit this row sets up)."),
	PARENT("上级单位", "Parent unit", true, 512, "单位的上级单位名称；顶层单位留空。名称重复时（如各局都有“办公室”）写出路径：某县/财政局。",
			"The unit's parent; blank for a top-level unit. Where names repeat (every bureau has an 办公室), write the path: 某县/财政局."),
	UNIT_CODE("单位编码", "Unit code", false, 64, "可选列：单位的编码；不填则按上级单位和名称匹配，新建单位时自动生成编码。",
			"Optional column: the unit's code; when blank, the unit is matched by parent and name, and a new unit gets a generated code."),
	UNIT_TYPE("单位类型", "Unit type", false, 16,
			"可选列：单位的类型，如 乡镇、部门、县区（可用的词见下表）；不填则新建的单位为“单位”，已有单位的类型不变。填了且与系统中的不同时，导入会改为所填的类型。",
			"Optional column: the kind of unit, e.g. 乡镇 (township), 部门 (department), 县区 (county); the words are listed below. Blank: a new unit is a plain unit and an existing one keeps its type. One that differs from Baton's is changed by the import."),
	NAME("姓名", "Name", true, 64, "干部姓名；只建单位的行留空。", "The official's name; blank on a row that only sets up a unit."),
	POST("职务", "Post", true, 128, "干部的职务，如“局长”。", "The official's post, e.g. 局长."),
	MOBILE("手机号", "Mobile", true, 20, "中国大陆 11 位手机号；用于识别干部，也用于按手机号匹配钉钉、企业微信账号。",
			"An 11-digit mainland mobile number: the key that identifies the official and matches their DingTalk or WeCom account."),
	ROLES("角色", "Roles", true, 256, "可不填；多个用顿号或逗号分开。角色覆盖本行的单位（或角色范围一列的单位）及其下级单位。可用的词见下表。",
			"May be blank; several separated by 、 or commas. A role covers the row's unit (or the unit in the role scope column) and the units below it. The words are listed below."),
	ROLE_SCOPE("角色范围", "Role scope", false, 512, "可选列：角色覆盖的单位（名称或路径，写法同上级单位）；不填则为本行的单位。如县财政局的审核人员审核全县的交接，填“某县”。",
			"Optional column: the unit the roles cover (a name or a path, as for the parent unit); blank: the row's unit. A county finance bureau's reviewer who reviews the whole county's handovers: 某县."),
	DINGTALK("钉钉 userId", "DingTalk userId", true, 64, "已知时填写：干部在钉钉组织内的 userId。",
			"If known: the official's userId in the DingTalk organization."),
	WECOM("企业微信 userId", "WeCom userId", true, 64, "已知时填写：干部在企业微信中的账号（userid）。",
			"If known: the official's account (userid) in WeCom."),
	WEBCHAT("网页对话", "Web chat", false, 8,
			"可选列：填“是”为干部开通网页对话账号（交接棒自带的 /chat 页面）；只在开启网页对话（BATON_WEBCHAT_ENABLED=true）时有用，未开启时照样绑定，报告中会注明。填“否”或不填：不开通（已有的不取消）。",
			"Optional column: 是 (yes) gives the official a web chat account (Baton's own /chat page); it matters only while the web chat is on (BATON_WEBCHAT_ENABLED=true): bound all the same while it is off, and the report says so. 否 (no) or blank: none (an existing one stays).");

	private final String header;

	private final String english;

	private final boolean required;

	private final int maxLength;

	private final String aboutZh;

	private final String aboutEn;

	RosterColumn(String header, String english, boolean required, int maxLength, String aboutZh, String aboutEn) {
		this.header = header;
		this.english = english;
		this.required = required;
		this.maxLength = maxLength;
		this.aboutZh = aboutZh;
		this.aboutEn = aboutEn;
	}

	/** The header as the template writes it (Chinese). */
	public String header() {
		return header;
	}

	/** The column's English name, also taken as its header. */
	public String english() {
		return english;
	}

	/** Whether a roster without this column is refused. */
	public boolean required() {
		return required;
	}

	/** Whether the column is about the row's unit (not about the person on it). */
	boolean aboutUnit() {
		return this == UNIT || this == PARENT || this == UNIT_CODE || this == UNIT_TYPE;
	}

	public int maxLength() {
		return maxLength;
	}

	public String aboutZh() {
		return aboutZh;
	}

	public String aboutEn() {
		return aboutEn;
	}

	/**
	 * The column a header names: its Chinese or English name, ignoring spaces and letter
	 * case.
	 */
	public static Optional<RosterColumn> byHeader(String text) {
		String key = key(text);
		return Arrays.stream(values()).filter(c -> key(c.header).equals(key) || key(c.english).equals(key)).findFirst();
	}

	private static String key(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

}
