package dev.baton.bot.roster;

import dev.baton.bot.roster.RosterReport.Change;

/**
 * Writes a row's refusals and notes, each naming its column and cell, in both languages.
 */
final class RowNotes {

	private final RosterSheet sheet;

	private final RosterTexts texts;

	/**
	 * Whether the units are decided: a later refusal in a unit column (the official's
	 * move from a unit the importer may not manage) is about the person, not the unit.
	 */
	private boolean unitsDecided;

	RowNotes(RosterSheet sheet, RosterTexts texts) {
		this.sheet = sheet;
		this.texts = texts;
	}

	void problem(PlannedRow row, RosterColumn column, String code, Object... arguments) {
		row.problems.add(texts.note(column, cellRef(row, column), code, arguments));
		if (!unitsDecided && column != null && column.aboutUnit()) {
			row.unitRefused = true;
		}
	}

	void unitsDecided() {
		unitsDecided = true;
	}

	void note(PlannedRow row, RosterColumn column, String code, Object... arguments) {
		row.notes.add(texts.note(column, cellRef(row, column), code, arguments));
	}

	private String cellRef(PlannedRow row, RosterColumn column) {
		return column == null || !sheet.has(column) ? null : sheet.cell(row.line, column).ref();
	}

	static Change change(RosterColumn column, String from, String to) {
		return new Change(column.header(), column.english(), from, to);
	}

}
