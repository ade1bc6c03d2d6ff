package dev.baton.bot.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the 名册 sheet of an uploaded .xlsx with POI's streaming (SAX) reader, so a large
 * roster is never held as a whole workbook. Untrusted input: the file's kind is checked
 * by its first bytes before anything else (an .xls, a CSV renamed, random bytes are
 * refused there); the zip is opened with POI's {@link ZipSecureFile} limits (an entry
 * that inflates more than 100 times, or past {@link #MAX_ENTRY_BYTES}, is refused as a
 * zip bomb); the XML is read by POI's {@link XMLHelper} parser, which takes no external
 * entities or DTDs; reading stops past the row limit.
 * <p>
 * Cell values are POI's ({@link XSSFSheetXMLHandler}: shared strings, inline strings,
 * numbers as Excel shows them); this class only watches the element stream beside it for
 * what POI does not report: which cells hold a formula or an error, and the merged ranges
 * (a merged 单位 cell counts on every row it covers, as Excel shows it).
 */
final class RosterReader {

	/** The sheet the template names and the import reads. */
	static final String SHEET = "名册";

	/**
	 * The largest part of the package once inflated: a 20,000-row sheet is a few
	 * megabytes.
	 */
	static final long MAX_ENTRY_BYTES = 64L << 20;

	/**
	 * Refuse entries that inflate more than 100 times (POI's default ratio, set here so
	 * nothing loosens it).
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	static {
		if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		}
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
	}

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private final int maxRows;

	RosterReader(int maxRows) {
		this.maxRows = maxRows;
	}

	RosterSheet read(Path file) {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(file.toFile());
		}
		catch (IOException ex) {
			throw notXlsx(ex);
		}
		if (magic == FileMagic.OLE2) {
			throw new RosterFileException("roster.file.xls",
					"an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx without a password");
		}
		if (magic != FileMagic.OOXML) {
			throw notXlsx(null);
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw refusal(ex);
		}
		try {
			return read(pkg);
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			if (ex instanceof RosterFileException refused) {
				throw refused;
			}
			throw refusal(ex);
		}
		finally {
			pkg.revert(); // opened to read: close without saving
		}
	}

	private RosterSheet read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
		XSSFReader reader;
		try {
			reader = new XSSFReader(pkg);
		}
		catch (POIXMLException ex) {
			throw notXlsx(ex); // a .docx, .pptx or other package that is not a workbook
		}
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		List<String> names = new ArrayList<>();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				String name = sheets.getSheetName();
				names.add(name);
				if (SHEET.equals(name.strip())) {
					return parse(reader.getSharedStringsTable(), reader.getStylesTable(), sheet);
				}
			}
		}
		throw new RosterFileException("roster.file.noSheet", "the workbook has no sheet named " + SHEET, SHEET,
				names.isEmpty() ? "—" : String.join("、", names));
	}

	private RosterSheet parse(SharedStrings strings, StylesTable styles, InputStream sheet)
			throws IOException, SAXException {
		Collector collector = new Collector();
		Watcher watcher = new Watcher(
				new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(Locale.ROOT), false),
				collector);
		XMLReader parser;
		try {
			parser = XMLHelper.newXMLReader();
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException("POI's XML reader cannot be made", ex);
		}
		parser.setContentHandler(watcher);
		try {
			parser.parse(new InputSource(sheet));
		}
		catch (TooManyRows ex) {
			throw new RosterFileException("roster.file.tooManyRows", "the roster has more than " + maxRows + " rows",
					maxRows);
		}
		return collector.sheet(watcher.merged);
	}

	private static RosterFileException refusal(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("ZipSecureFile")) {
				return new RosterFileException("roster.file.unsafe",
						"the file inflates far beyond its size (a zip bomb, or a sheet too large to be a roster)");
			}
		}
		return notXlsx(ex);
	}

	private static RosterFileException notXlsx(Exception cause) {
		RosterFileException ex = new RosterFileException("roster.file.notXlsx", "the file is not an .xlsx workbook");
		if (cause != null) {
			ex.initCause(cause);
		}
		return ex;
	}

	/** Thrown inside the parse to stop reading past the row limit. */
	private static final class TooManyRows extends SAXException {

		TooManyRows() {
			super("too many rows");
		}

	}

	/**
	 * Takes POI's cells row by row: the header row names the columns, every later row
	 * with anything in it becomes a {@link RosterLine}.
	 */
	private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Map<Integer, String> header = new TreeMap<>();

		private final List<Map<Integer, String>> rows = new ArrayList<>();

		private final List<Integer> rowNumbers = new ArrayList<>();

		/** Per 0-based row: the columns that held a formula or an error. */
		private final Map<Integer, Set<Integer>> formulas = new HashMap<>();

		private final Map<Integer, Set<Integer>> errors = new HashMap<>();

		private Map<Integer, String> current;

		private int currentRow;

		private int lastColumn;

		@Override
		public void startRow(int rowNum) {
			current = new TreeMap<>();
			currentRow = rowNum;
			lastColumn = -1;
		}

		@Override
		public void endRow(int rowNum) {
			boolean any = current.values().stream().anyMatch(v -> !v.isBlank()) || formulas.containsKey(rowNum)
					|| errors.containsKey(rowNum);
			if (rowNum == 0) {
				header.putAll(current);
			}
			else if (any) {
				if (rows.size() >= maxRows) {
					throw new IllegalStateException(new TooManyRows());
				}
				rows.add(current);
				rowNumbers.add(rowNum);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? lastColumn + 1 : new CellReference(cellReference).getCol();
			lastColumn = column;
			current.put(column, formattedValue == null ? "" : clean(formattedValue));
		}

		void formula(int row, int column) {
			formulas.computeIfAbsent(row, r -> new HashSet<>()).add(column);
		}

		void error(int row, int column) {
			errors.computeIfAbsent(row, r -> new HashSet<>()).add(column);
		}

		RosterSheet sheet(List<CellRangeAddress> merged) {
			if (header.values().stream().allMatch(String::isBlank) && rows.isEmpty()) {
				throw new RosterFileException("roster.file.empty", "the sheet " + SHEET + " is empty", SHEET);
			}
			Map<RosterColumn, String> columns = columns();
			fillMerged(merged);
			List<RosterLine> lines = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				int rowNum = rowNumbers.get(i);
				Map<Integer, String> values = rows.get(i);
				Map<RosterColumn, RosterCell> cells = new EnumMap<>(RosterColumn.class);
				for (Map.Entry<RosterColumn, String> column : columns.entrySet()) {
					int index = CellReference.convertColStringToIndex(column.getValue());
					String text = values.getOrDefault(index, "");
					boolean formula = formulas.getOrDefault(rowNum, Set.of()).contains(index);
					boolean error = errors.getOrDefault(rowNum, Set.of()).contains(index);
					cells.put(column.getKey(), new RosterCell(formula || error ? "" : text,
							column.getValue() + (rowNum + 1), formula, error));
				}
				if (cells.values().stream().anyMatch(c -> !c.blank())) {
					lines.add(new RosterLine(rowNum + 1, cells));
				}
			}
			if (lines.isEmpty()) {
				throw new RosterFileException("roster.file.empty",
						"the sheet " + SHEET + " has no rows under its header", SHEET);
			}
			return new RosterSheet(columns, lines);
		}

		private Map<RosterColumn, String> columns() {
			Map<RosterColumn, String> columns = new LinkedHashMap<>();
			List<String> unknown = new ArrayList<>();
			for (Map.Entry<Integer, String> cell : header.entrySet()) {
				if (cell.getValue().isBlank()) {
					continue;
				}
				String letter = CellReference.convertNumToColString(cell.getKey());
				var column = RosterColumn.byHeader(cell.getValue());
				if (column.isEmpty()) {
					unknown.add(letter + "1“" + cell.getValue() + "”");
				}
				else if (columns.containsKey(column.get())) {
					throw new RosterFileException("roster.file.duplicateColumn",
							"the column " + column.get().header() + " appears twice", column.get().header(),
							columns.get(column.get()) + "1", letter + "1");
				}
				else {
					columns.put(column.get(), letter);
				}
			}
			List<String> missing = java.util.Arrays.stream(RosterColumn.values())
				.filter(c -> c.required() && !columns.containsKey(c))
				.map(RosterColumn::header)
				.toList();
			if (!missing.isEmpty()) {
				throw new RosterFileException("roster.file.missingColumns", "columns missing from row 1: " + missing,
						String.join("、", missing), SHEET);
			}
			if (!unknown.isEmpty()) {
				throw new RosterFileException("roster.file.unknownColumns", "unknown columns in row 1: " + unknown,
						String.join("、", unknown), allHeaders());
			}
			return columns;
		}

		/**
		 * A merged range shows its first cell's value over the whole range: each row it
		 * covers reads that value.
		 */
		private void fillMerged(List<CellRangeAddress> merged) {
			Map<Integer, Integer> index = new HashMap<>();
			for (int i = 0; i < rowNumbers.size(); i++) {
				index.put(rowNumbers.get(i), i);
			}
			for (CellRangeAddress range : merged) {
				Integer first = index.get(range.getFirstRow());
				if (first == null || range.getFirstRow() == 0) {
					continue;
				}
				for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
					String value = rows.get(first).get(range.getFirstColumn());
					for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
						Integer at = index.get(row);
						if (at != null && value != null
								&& (row != range.getFirstRow() || column != range.getFirstColumn())) {
							rows.get(at).putIfAbsent(column, value);
						}
					}
				}
			}
		}

	}

	private static String allHeaders() {
		return String.join("、", java.util.Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList());
	}

	/**
	 * Text as a person typed it: no surrounding spaces (ideographic ones included), no
	 * line breaks.
	 */
	private static String clean(String value) {
		return value.replace('\u3000', ' ').replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	/**
	 * Passes the sheet's elements to POI's handler and notes, beside it, the cells
	 * holding a formula ({@code <f>}) or an error ({@code t="e"}), and the merged ranges,
	 * which POI's handler does not report.
	 */
	private static final class Watcher implements ContentHandler {

		private final ContentHandler poi;

		private final Collector collector;

		private final List<CellRangeAddress> merged = new ArrayList<>();

		private int row = -1;

		private int column = -1;

		Watcher(ContentHandler poi, Collector collector) {
			this.poi = poi;
			this.collector = collector;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if (MAIN_NS.equals(uri)) {
				switch (localName) {
					case "row" -> {
						String r = atts.getValue("r");
						row = r == null ? row + 1 : Integer.parseInt(r) - 1;
						column = -1;
					}
					case "c" -> {
						String r = atts.getValue("r");
						column = r == null ? column + 1 : new CellReference(r).getCol();
						if ("e".equals(atts.getValue("t"))) {
							collector.error(row, column);
						}
					}
					case "f" -> collector.formula(row, column);
					case "mergeCell" -> {
						String ref = atts.getValue("ref");
						if (ref != null && merged.size() < 10_000) {
							merged.add(CellRangeAddress.valueOf(ref));
						}
					}
					default -> {
					}
				}
			}
			try {
				poi.startElement(uri, localName, qName, atts);
			}
			catch (IllegalStateException ex) {
				if (ex.getCause() instanceof TooManyRows tooMany) {
					throw tooMany;
				}
				throw ex;
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			try {
				poi.endElement(uri, localName, qName);
			}
			catch (IllegalStateException ex) {
				if (ex.getCause() instanceof TooManyRows tooMany) {
					throw tooMany;
				}
				throw ex;
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			poi.characters(ch, start, length);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			poi.setDocumentLocator(locator);
		}

		@Override
		public void startDocument() throws SAXException {
			poi.startDocument();
		}

		@Override
		public void endDocument() throws SAXException {
			poi.endDocument();
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) throws SAXException {
			poi.startPrefixMapping(prefix, uri);
		}

		@Override
		public void endPrefixMapping(String prefix) throws SAXException {
			poi.endPrefixMapping(prefix);
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
			poi.ignorableWhitespace(ch, start, length);
		}

		@Override
		public void processingInstruction(String target, String data) throws SAXException {
			poi.processingInstruction(target, data);
		}

		@Override
		public void skippedEntity(String name) throws SAXException {
			poi.skippedEntity(name);
		}

	}

}
