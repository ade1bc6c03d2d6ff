package dev.baton.bot.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;

/**
 * The words of the 角色 column and the role each gives over the row's unit. The reviewers'
 * words are the department's name ({@link Department#zh()}) and 审核; English names are
 * taken too.
 */
public enum RoleWord {

	ORGANIZER(Role.ORGANIZER, null, "组织部门", "organizer", "组织部门干部：发起、取消交接，会签，接收一级督办。",
			"Organization-department officer: opens and cancels handovers, co-signs, receives level-1 escalations."),
	ORGANIZATION_REVIEWER(Role.REVIEWER, Department.ORGANIZATION, null, null, "组织部门审核人员：联审、会签。",
			"Organization reviewer: joint review and co-signing."),
	DISCIPLINE_REVIEWER(Role.REVIEWER, Department.DISCIPLINE, null, null, "纪检监察审核人员：联审、会签，接收二级督办。",
			"Discipline-inspection reviewer: joint review, co-signing, level-2 escalations."),
	FINANCE_REVIEWER(Role.REVIEWER, Department.FINANCE, null, null, "财政审核人员：联审、会签。",
			"Finance reviewer: joint review and co-signing."),
	AUDIT_REVIEWER(Role.REVIEWER, Department.AUDIT, null, null, "审计审核人员：联审、会签，对异议作出裁定。",
			"Audit reviewer: joint review, co-signing, rulings on disputes."),
	SUPERVISOR(Role.SUPERVISOR, null, "督办", "supervisor", "纪委监委、组织部领导：查看管辖范围内的全部交接，接收督办和定期通报。",
			"Discipline-commission or organization-department leader: sees every handover in scope, receives escalations and digests."),
	ADMIN(Role.ADMIN, null, "管理员", "administrator", "系统管理员：维护组织、人员、账号绑定（含名册导入）。",
			"Administrator: maintains the units, officials and account bindings (the roster import too).");

	private final Role role;

	private final Department department;

	private final String zh;

	private final String en;

	private final String aboutZh;

	private final String aboutEn;

	RoleWord(Role role, Department department, String zh, String en, String aboutZh, String aboutEn) {
		this.role = role;
		this.department = department;
		this.zh = department == null ? zh : department.zh() + "审核";
		this.en = department == null ? en : department.en().toLowerCase(Locale.ROOT) + " reviewer";
		this.aboutZh = aboutZh;
		this.aboutEn = aboutEn;
	}

	public Role role() {
		return role;
	}

	/** The reviewing department; null for every role but {@link Role#REVIEWER}. */
	public Department department() {
		return department;
	}

	/** The word as the template lists it. */
	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	public String aboutZh() {
		return aboutZh;
	}

	public String aboutEn() {
		return aboutEn;
	}

	/** The word for a role held in the directory. */
	public static RoleWord of(Role role, Department department) {
		return Arrays.stream(values())
			.filter(w -> w.role == role && w.department == department)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(role + " " + department));
	}

	/** The role a word names, Chinese or English (letter case and spaces ignored). */
	public static Optional<RoleWord> byWord(String word) {
		String key = key(word);
		return Arrays.stream(values()).filter(w -> key(w.zh).equals(key) || key(w.en).equals(key)).findFirst();
	}

	/** Every Chinese word, in order: for messages that list what is allowed. */
	public static List<String> words() {
		return Arrays.stream(values()).map(RoleWord::zh).toList();
	}

	/**
	 * Every word with its English name, for English messages:
	 * {@code 组织部门 (organizer), …}.
	 */
	public static String wordsInEnglish() {
		return String.join(", ", Arrays.stream(values()).map(w -> w.zh + " (" + w.en + ")").toList());
	}

	private static String key(String word) {
		return word.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

}
