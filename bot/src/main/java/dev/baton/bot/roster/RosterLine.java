package dev.baton.bot.roster;

import java.util.Map;

/**
 * A row of the roster sheet with something in it: the row number as Excel shows it and
 * its cells by column.
 */
public record RosterLine(int row, Map<RosterColumn, RosterCell> cells) {

	public RosterLine {
		cells = Map.copyOf(cells);
	}

	/**
	 * The cell of the column; a blank one (with its reference) where the row has nothing
	 * there.
	 */
	public RosterCell cell(RosterColumn column, String letter) {
		RosterCell cell = cells.get(column);
		return cell != null ? cell : new RosterCell("", letter + row, false, false);
	}

}
