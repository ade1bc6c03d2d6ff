package dev.baton.bot.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What Baton's .xlsx sheets share, readable in Excel and WPS: a title row, a bold header
 * row that stays in view (frozen) and filters (autofilter), amounts as numbers formatted
 * #,##0.00 (465,000.00元 in yuan), dates as dates (yyyy-mm-dd), long text wrapped, and
 * fixed column widths (nothing measured against the fonts of the machine).
 */
public final class Workbooks implements AutoCloseable {

	/** Money in yuan: a number shown 465,000.00元. */
	public static final String YUAN = "#,##0.00\"元\"";

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle money;

	private final CellStyle yuan;

	private final java.util.Map<Integer, CellStyle> numbers = new java.util.HashMap<>();

	private final CellStyle date;

	private final java.util.Map<String, CellStyle> withUnit = new java.util.HashMap<>();

	public Workbooks() {
		Font bold = book.createFont();
		bold.setBold(true);
		bold.setFontName("宋体");
		Font big = book.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		big.setFontName("宋体");
		title = book.createCellStyle();
		title.setFont(big);
		header = bordered();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = bordered();
		text.setWrapText(true);
		money = bordered();
		money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
		yuan = bordered();
		yuan.setDataFormat(book.createDataFormat().getFormat(YUAN));
		date = bordered();
		date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	private CellStyle bordered() {
		CellStyle s = book.createCellStyle();
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
		s.setVerticalAlignment(VerticalAlignment.TOP);
		return s;
	}

	/** A sheet with a title in row 1 and the header in row 2; widths in characters. */
	public Sheet sheet(String name, String titleText, String[] headers, int[] widths) {
		Sheet sheet = book.createSheet(name);
		Cell t = sheet.createRow(0).createCell(0);
		t.setCellValue(titleText);
		t.setCellStyle(title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
		Row h = sheet.createRow(1);
		for (int c = 0; c < headers.length; c++) {
			Cell cell = h.createCell(c);
			cell.setCellValue(headers[c]);
			cell.setCellStyle(header);
			sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
		}
		sheet.createFreezePane(0, 2);
		return sheet;
	}

	/** Filters on the header row over every data row. */
	public void filter(Sheet sheet, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, sheet.getLastRowNum()), 0, columns - 1));
	}

	public Row row(Sheet sheet) {
		return sheet.createRow(sheet.getLastRowNum() + 1);
	}

	public void text(Row row, int c, String value) {
		Cell cell = row.createCell(c);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(text);
	}

	public void integer(Row row, int c, long value) {
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(text);
	}

	/**
	 * Money as a number (exact to the fen in a double, as Excel holds it), formatted
	 * #,##0.00.
	 */
	public void money(Row row, int c, BigDecimal value) {
		Cell cell = row.createCell(c);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(money);
	}

	/**
	 * Money as a number in its currency: yuan (CNY, or none named) formatted 465,000.00元,
	 * another currency #,##0.00 beside the column that names it.
	 */
	public void money(Row row, int c, BigDecimal value, String currency) {
		money(row, c, value);
		if (currency == null || currency.isBlank() || "CNY".equals(currency)) {
			row.getCell(c).setCellStyle(yuan);
		}
	}

	/**
	 * A quantity as a number shown with exactly its own decimals (23,000 and 2,350.5,
	 * never "23,000." or 23000.0, which a format of optional decimals would show in
	 * Excel).
	 */
	public void number(Row row, int c, BigDecimal value) {
		Cell cell = row.createCell(c);
		int scale = 0;
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			scale = Math.max(0, Math.min(6, value.stripTrailingZeros().scale()));
		}
		cell.setCellStyle(numbers.computeIfAbsent(scale, n -> {
			CellStyle s = bordered();
			s.setDataFormat(book.createDataFormat().getFormat(n == 0 ? "#,##0" : "#,##0." + "0".repeat(n)));
			return s;
		}));
	}

	/**
	 * A number shown with its own decimals and its unit after it (2,350.5平方米, 1,000.00
	 * USD for money in another currency).
	 */
	public void number(Row row, int c, BigDecimal value, String unit, boolean money) {
		number(row, c, value);
		if (unit == null || unit.isBlank() || value == null) {
			return;
		}
		int scale = money ? 2 : Math.max(0, Math.min(6, value.stripTrailingZeros().scale()));
		String format = (scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale)) + "\"" + unit.replace("\"", "") + "\"";
		row.getCell(c).setCellStyle(withUnit.computeIfAbsent(format, f -> {
			CellStyle s = bordered();
			s.setDataFormat(book.createDataFormat().getFormat(f));
			return s;
		}));
	}

	public void date(Row row, int c, LocalDate value) {
		Cell cell = row.createCell(c);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(date);
	}

	public byte[] bytes() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The workbook as a file that depends on nothing but its contents: the document's
	 * dates and every zip entry's time are {@code archivedAt} (in the deployment's zone),
	 * so the same record always gives the same bytes.
	 */
	public byte[] bytes(LocalDateTime archivedAt) {
		Date created = Date.from(archivedAt.atZone(ZoneOffset.ofHours(8)).toInstant());
		book.getProperties().getCoreProperties().setCreated(Optional.of(created));
		book.getProperties().getCoreProperties().setModified(Optional.of(created));
		return FixedZip.dated(bytes(), archivedAt);
	}

	@Override
	public void close() throws IOException {
		book.close();
	}

}
