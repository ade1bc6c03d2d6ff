package dev.baton.bot.access;

import dev.baton.bot.directory.Department;
import dev.baton.bot.system.BatonException;

/**
 * The actor may not do this. The message (key {@code access.denied.ACTION}) says who may,
 * e.g. "只有接任者可以确认或提出异议".
 */
public class NotPermittedException extends BatonException {

	private final Action action;

	public NotPermittedException(Action action, Department department) {
		super("access.denied." + action.name(), action + " refused" + (department == null ? "" : " for " + department)
				+ ": see access.denied." + action + " for who may", named(department), named(department));
		this.action = action;
	}

	/**
	 * A refusal of {@code action} said in its own words (what was asked, and why it
	 * cannot be done), rather than who may do the action in general.
	 */
	protected NotPermittedException(Action action, String messageKey, String englishMessage, Object... arguments) {
		super(messageKey, englishMessage, arguments);
		this.action = action;
	}

	/**
	 * The department as the reader's language names it in the notices (label.FINANCE:
	 * 财政部门 / finance department), resolved when the refusal is said; "" for none.
	 */
	static Object named(Department department) {
		return department == null ? "" : new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "label." + department.name() }, department.zh());
	}

	public Action action() {
		return action;
	}

}
