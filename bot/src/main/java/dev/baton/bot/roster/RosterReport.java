package dev.baton.bot.roster;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a roster check or import found, row by row. {@code dryRun} is true for a check
 * (nothing changed: the outcomes say what an import would do) and false for an import
 * (they say what it did). {@code importable} is false when any row is refused: an import
 * then changes nothing.
 *
 * @param sha256 the SHA-256 of the file as uploaded, hex
 * @param units every unit the roster names, once each, with what happens to it
 * @param rows every row with anything in it, in the sheet's order
 */
public record RosterReport(boolean dryRun, boolean importable, String sha256, String sheet, Summary summary,
		List<UnitLine> units, List<RowLine> rows) {

	/** What happens to a row, or to a unit. */
	public enum Outcome {

		CREATED, CHANGED, UNCHANGED, REFUSED

	}

	/**
	 * Counts: {@code rows} by outcome, then what the import writes (units and officials
	 * created, officials changed, roles added, chat accounts bound). A check counts what
	 * the rows that are not refused would write, even when others are refused (the file
	 * then cannot be imported until they are corrected); a refused import wrote nothing.
	 */
	public record Summary(int rows, int created, int changed, int unchanged, int refused, int unitsCreated,
			int officialsCreated, int officialsChanged, int rolesAdded, int accountsBound, int unitTypesChanged) {
	}

	/**
	 * A unit the roster names: its path of names from the top ({@code 示例县/财政局}), its code
	 * (for a new unit derived from its path, the same in the check and the import), its
	 * id once it exists, the first row that names it, and its type after the import
	 * ({@code TOWNSHIP}; {@code CHANGED} when the roster changes it).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record UnitLine(String path, Outcome outcome, String code, Long id, int firstRow, String unitType) {
	}

	/**
	 * One row: its number as Excel shows it, the outcome, the unit (as a path) and the
	 * name on it, the official's id (for a new official once imported), what is or would
	 * be set ({@code changes}), why it is refused ({@code problems}), and notes that do
	 * not stop the import ({@code notes}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RowLine(int row, Outcome outcome, String unit, String name, Long officialId, List<Change> changes,
			List<Note> problems, List<Note> notes) {
	}

	/**
	 * A field set or changed: the column (Chinese and English) and its value before (null
	 * when new) and after.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Change(String column, String columnEn, String from, String to) {
	}

	/**
	 * A refusal or a note about one cell (or the row, when {@code cell} is null): the
	 * column, the cell's reference ({@code F7}), the message key, and the message in
	 * Chinese and in English.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Note(String column, String cell, String code, String zh, String en) {
	}

}
