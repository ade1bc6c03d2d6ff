package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.directory.Official;
import dev.baton.bot.roster.RosterReport.Change;
import dev.baton.bot.roster.RosterReport.Note;
import dev.baton.bot.roster.RosterReport.Outcome;
import dev.baton.integrations.chat.Platform;

/** One row of the roster as the planner reads and decides it. */
final class PlannedRow {

	/**
	 * A chat account the row binds: the platform, the corp it is bound in, the user id.
	 */
	record Account(Platform platform, RosterColumn column, String corpId, String userId) {
	}

	final RosterLine line;

	// ---- as read (null where blank or not valid)
	String unitName;

	List<String> parentPath = List.of();

	String code;

	/** 单位类型 as a {@link dev.baton.bot.directory.UnitType} code; null where blank. */
	String unitType;

	/** 网页对话: true for 是, false for 否, null where blank. */
	Boolean webChat;

	String name;

	String post;

	String mobile;

	final List<RoleWord> roles = new ArrayList<>();

	/** 角色范围 as written (a path of names); empty: the roles cover the row's unit. */
	List<String> roleScopePath = List.of();

	final List<Account> accounts = new ArrayList<>();

	/** Whether the row is about an official (姓名 and 职务), not only a unit. */
	boolean person;

	/**
	 * Whether the unit columns could be read (a row without a readable unit is refused
	 * and matched to nothing).
	 */
	boolean unitReadable;

	// ---- as decided
	UnitTree.Node unit;

	/**
	 * The unit the row's roles are held over: the row's unit unless 角色范围 names another.
	 */
	UnitTree.Node roleScope;

	/** The official the row is about, when the directory has them. */
	Official match;

	/** The official's id: the match's, or the new official's once written. */
	Long officialId;

	final List<RoleWord> rolesToAdd = new ArrayList<>();

	final List<Account> accountsToBind = new ArrayList<>();

	/**
	 * Whether the official's web chat account is bound by this row (the user id is the
	 * official's id).
	 */
	boolean bindWebChat;

	final List<Change> changes = new ArrayList<>();

	final List<Note> problems = new ArrayList<>();

	final List<Note> notes = new ArrayList<>();

	/**
	 * Whether a refusal is about the row's unit (its name, parent, code or type), not
	 * only about the person on it.
	 */
	boolean unitRefused;

	/** Whether the official's post, unit, mobile or active flag changes. */
	boolean officialChanges;

	PlannedRow(RosterLine line) {
		this.line = line;
	}

	int row() {
		return line.row();
	}

	boolean refused() {
		return !problems.isEmpty();
	}

	boolean creates() {
		return person && match == null && !refused();
	}

	Outcome outcome() {
		if (refused()) {
			return Outcome.REFUSED;
		}
		if (person && match == null) {
			return Outcome.CREATED;
		}
		if (!person) {
			// a unit-only row creates its unit, or changes an existing one's type
			return changes.isEmpty() ? Outcome.UNCHANGED
					: unit != null && unit.isNew() ? Outcome.CREATED : Outcome.CHANGED;
		}
		return changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED;
	}

}
