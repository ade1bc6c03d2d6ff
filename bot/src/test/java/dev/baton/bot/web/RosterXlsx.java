package dev.baton.bot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roster workbook made with POI the way a 组织部 officer's Excel makes one: a sheet (名册
 * unless told), a header row, rows of text; a value starting with {@code =} becomes a
 * formula, {@code #N/A} an error value, and a {@link Long} a number cell.
 */
final class RosterXlsx {

	static final List<String> HEADER = List.of("单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId");

	private String sheet = "名册";

	private List<String> header = HEADER;

	private final List<List<Object>> rows = new ArrayList<>();

	private final List<String> merged = new ArrayList<>();

	private final List<String> otherSheets = new ArrayList<>();

	RosterXlsx sheet(String name) {
		this.sheet = name;
		return this;
	}

	RosterXlsx header(String... header) {
		this.header = List.of(header);
		return this;
	}

	RosterXlsx row(Object... values) {
		rows.add(java.util.Arrays.asList(values));
		return this;
	}

	/**
	 * Merges a range, e.g. {@code A2:A4}: its first cell's value shows over all of it.
	 */
	RosterXlsx merge(String range) {
		merged.add(range);
		return this;
	}

	RosterXlsx otherSheet(String name) {
		otherSheets.add(name);
		return this;
	}

	byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			return write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same sheet in the Excel 97-2003 format (.xls). */
	byte[] xlsBytes() {
		try (Workbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
			return write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] write(Workbook workbook) throws IOException {
		otherSheets.forEach(workbook::createSheet);
		Sheet s = workbook.createSheet(sheet);
		if (header != null) {
			Row head = s.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = s.createRow(r + 1);
			List<Object> values = rows.get(r);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof Long number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value.toString().startsWith("=")) {
					cell.setCellFormula(value.toString().substring(1));
				}
				else if (value.toString().equals("#N/A")) {
					cell.setCellErrorValue(FormulaError.NA.getCode());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}
		merged.forEach(range -> s.addMergedRegion(CellRangeAddress.valueOf(range)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
