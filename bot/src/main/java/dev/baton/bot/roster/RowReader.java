package dev.baton.bot.roster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.baton.bot.directory.Mobiles;
import dev.baton.bot.directory.UnitType;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.integrations.chat.Platform;

/**
 * Reads one row of the sheet into a {@link PlannedRow}: each cell checked (a formula, an
 * error value, too long), the unit columns, the person (姓名 and 职务 together), the mobile
 * in the directory's form, the role words, the role scope and the userIds with the one
 * corp each is bound in. What cannot be read is refused with its cell.
 */
final class RowReader {

	/**
	 * A userId: printable ASCII without spaces (DingTalk and WeCom ids are letters,
	 * digits and a few marks).
	 */
	private static final Pattern USER_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

	private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,64}");

	/** Between the names of a path: {@code 示例县/财政局}, half- or full-width. */
	static final Pattern PATH_SEPARATOR = Pattern.compile("[/／]");

	private final RosterSheet sheet;

	private final RowNotes notes;

	/**
	 * 网页对话 yes and no (#13): 是 binds the official's web chat account, 否 binds nothing.
	 */
	private static final Set<String> YES = Set.of("是", "yes", "y", "√", "✓", "开通", "1", "true");

	private static final Set<String> NO = Set.of("否", "no", "n", "×", "不", "不开通", "0", "false");

	private final Map<Platform, List<String>> corps;

	private final boolean webChatOn;

	RowReader(RosterSheet sheet, RowNotes notes, Map<Platform, List<String>> corps, boolean webChatOn) {
		this.sheet = sheet;
		this.notes = notes;
		this.corps = corps;
		this.webChatOn = webChatOn;
	}

	PlannedRow read(RosterLine line) {
		PlannedRow row = new PlannedRow(line);
		Set<RosterColumn> unreadable = new LinkedHashSet<>();
		for (RosterColumn column : sheet.columns().keySet()) {
			RosterCell cell = sheet.cell(line, column);
			if (cell.formula()) {
				notes.problem(row, column, "roster.row.formula", column.header());
				unreadable.add(column);
			}
			else if (cell.error()) {
				notes.problem(row, column, "roster.row.errorValue", column.header());
				unreadable.add(column);
			}
			else if (cell.text().length() > column.maxLength()) {
				notes.problem(row, column, "roster.row.tooLong", column.header(), column.maxLength());
				unreadable.add(column);
			}
		}
		String unit = text(line, RosterColumn.UNIT);
		String parent = text(line, RosterColumn.PARENT);
		String code = text(line, RosterColumn.UNIT_CODE);
		row.unitReadable = !unreadable.contains(RosterColumn.UNIT) && !unreadable.contains(RosterColumn.PARENT)
				&& !unreadable.contains(RosterColumn.UNIT_CODE);
		if (unit.isEmpty() && !unreadable.contains(RosterColumn.UNIT)) {
			notes.problem(row, RosterColumn.UNIT, "roster.row.unitMissing");
			row.unitReadable = false;
		}
		else if (PATH_SEPARATOR.matcher(unit).find()) {
			notes.problem(row, RosterColumn.UNIT, "roster.row.unitSlash", unit);
			row.unitReadable = false;
		}
		row.unitName = unit;
		row.parentPath = PATH_SEPARATOR.splitAsStream(parent).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!code.isEmpty() && !CODE.matcher(code).matches()) {
			notes.problem(row, RosterColumn.UNIT_CODE, "roster.row.codeMalformed", code);
			row.unitReadable = false;
		}
		row.code = code.isEmpty() ? null : code;
		String type = text(line, RosterColumn.UNIT_TYPE);
		if (!type.isEmpty()) {
			UnitType.byWord(type)
				.ifPresentOrElse(t -> row.unitType = t.name(), () -> notes.problem(row, RosterColumn.UNIT_TYPE,
						"roster.row.unitTypeUnknown", type, UnitType.wordsZh(), UnitType.wordsEn()));
		}

		String name = text(line, RosterColumn.NAME);
		String post = text(line, RosterColumn.POST);
		String mobile = text(line, RosterColumn.MOBILE);
		String roles = text(line, RosterColumn.ROLES);
		String scope = text(line, RosterColumn.ROLE_SCOPE);
		String dingtalk = text(line, RosterColumn.DINGTALK);
		String wecom = text(line, RosterColumn.WECOM);
		String web = text(line, RosterColumn.WEBCHAT);
		boolean personCells = !name.isEmpty() || !post.isEmpty() || unreadable.contains(RosterColumn.NAME)
				|| unreadable.contains(RosterColumn.POST);
		boolean extras = !mobile.isEmpty() || !roles.isEmpty() || !dingtalk.isEmpty() || !wecom.isEmpty()
				|| !web.isEmpty();
		row.person = personCells || extras;
		if (!personCells && extras) {
			notes.problem(row, RosterColumn.NAME, "roster.row.personMissing");
		}
		else if (personCells) {
			if (name.isEmpty() && !unreadable.contains(RosterColumn.NAME)) {
				notes.problem(row, RosterColumn.NAME, "roster.row.nameMissing");
			}
			if (post.isEmpty() && !unreadable.contains(RosterColumn.POST)) {
				notes.problem(row, RosterColumn.POST, "roster.row.postMissing");
			}
		}
		row.name = name.isEmpty() ? null : name;
		row.post = post.isEmpty() ? null : post;
		if (!mobile.isEmpty()) {
			row.mobile = mobile(mobile);
			if (row.mobile == null) {
				notes.problem(row, RosterColumn.MOBILE, "roster.row.mobileMalformed", mobile);
			}
		}
		if (!roles.isEmpty()) {
			for (String word : roles.split("[、，,；;\\n]+")) {
				if (word.isBlank()) {
					continue;
				}
				RoleWord.byWord(word.strip()).ifPresentOrElse(w -> {
					if (!row.roles.contains(w)) {
						row.roles.add(w);
					}
				}, () -> notes.problem(row, RosterColumn.ROLES, "roster.row.roleUnknown", word.strip(),
						String.join("、", RoleWord.words()), RoleWord.wordsInEnglish()));
			}
		}
		row.roleScopePath = PATH_SEPARATOR.splitAsStream(scope).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!row.roleScopePath.isEmpty() && roles.isEmpty()) {
			notes.problem(row, RosterColumn.ROLE_SCOPE, "roster.row.scopeWithoutRoles", scope);
		}
		account(row, Platform.DINGTALK, RosterColumn.DINGTALK, dingtalk);
		account(row, Platform.WECOM, RosterColumn.WECOM, wecom);
		webChat(row, web);
		return row;
	}

	/**
	 * 网页对话: 是 or 否 (blank: nothing); a 是 while the web chat is off is bound all the same,
	 * and said.
	 */
	private void webChat(PlannedRow row, String value) {
		if (value.isEmpty()) {
			return;
		}
		String key = value.strip().toLowerCase(java.util.Locale.ROOT);
		if (YES.contains(key)) {
			row.webChat = true;
			if (!webChatOn) {
				notes.note(row, RosterColumn.WEBCHAT, "roster.row.webChatOff");
			}
		}
		else if (NO.contains(key)) {
			row.webChat = false;
		}
		else {
			notes.problem(row, RosterColumn.WEBCHAT, "roster.row.webChatValue", value);
		}
	}

	private void account(PlannedRow row, Platform platform, RosterColumn column, String userId) {
		if (userId.isEmpty()) {
			return;
		}
		if (!USER_ID.matcher(userId).matches()) {
			notes.problem(row, column, "roster.row.userIdMalformed", column.header(), userId);
			return;
		}
		List<String> corpIds = corps.getOrDefault(platform, List.of());
		if (corpIds.isEmpty()) {
			notes.problem(row, column, "roster.row.noApp", column.header());
			return;
		}
		if (corpIds.size() > 1) {
			notes.problem(row, column, "roster.row.severalCorps", column.header(), String.join("、", corpIds));
			return;
		}
		row.accounts.add(new PlannedRow.Account(platform, column, corpIds.get(0), userId));
	}

	/**
	 * The mobile in the directory's one form ({@link Mobiles}: what REST and the syncs
	 * write too), or null.
	 */
	static String mobile(String typed) {
		try {
			return Mobiles.normalize(typed);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	private String text(RosterLine line, RosterColumn column) {
		RosterCell cell = sheet.cell(line, column);
		return cell.formula() || cell.error() || cell.text().length() > column.maxLength() ? "" : cell.text();
	}

}
