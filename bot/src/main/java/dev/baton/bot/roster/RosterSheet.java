package dev.baton.bot.roster;

import java.util.List;
import java.util.Map;

/**
 * The roster as read from the file: the column letter of each column found in the header
 * row, and the rows below it that have anything in them, in order.
 */
public record RosterSheet(Map<RosterColumn, String> columns, List<RosterLine> lines) {

	public RosterSheet {
		columns = Map.copyOf(columns);
		lines = List.copyOf(lines);
	}

	/**
	 * The cell of the column on the line (blank where the column is absent or the row has
	 * nothing there).
	 */
	public RosterCell cell(RosterLine line, RosterColumn column) {
		String letter = columns.get(column);
		return line.cell(column, letter == null ? "?" : letter);
	}

	public boolean has(RosterColumn column) {
		return columns.containsKey(column);
	}

}
