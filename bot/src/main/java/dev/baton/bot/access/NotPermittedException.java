package dev.baton.bot.access;

import dev.baton.bot.directory.Department;
import dev.baton.bot.system.BatonException;

/**
 * The actor may not do this. The message (key {@code access.denied.ACTION}) says who may, e.g. "只有接任者可以确认或提出异议".
 */
public class NotPermittedException extends BatonException {

	private final Action action;

	public NotPermittedException(Action action, Department department) {
		super("access.denied." + action.name(), action + " refused" + (department == null ? "" : " for " + department)
				+ ": see access.denied." + action + " for who may", department == null ? "" : department.zh(),
				department == null ? "" : department.en());
		this.action = action;
	}

	public Action action() {
		return action;
	}

}
