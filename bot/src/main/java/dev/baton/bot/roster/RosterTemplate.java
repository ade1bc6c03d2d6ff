package dev.baton.bot.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The roster template a 组织部 officer fills: the sheet 名册 with the header row (every cell
 * formatted as text, so a mobile number or a userId keeps its digits), and the sheet 说明
 * Instructions: what each column means, the role words, the matching rules, and one
 * example row laid out as on 名册. The example is on the instructions sheet, not on 名册, so
 * that a template imported unchanged creates nobody.
 */
@Component
public class RosterTemplate {

	/** The template's name as people see it when it is downloaded. */
	public static final String FILE_NAME = "名册模板-roster-template.xlsx";

	/**
	 * Its name for a client that cannot read the Chinese one (newcomer 12: it was
	 * ____-roster-template.xlsx).
	 */
	public static final String ASCII_NAME = "roster-template.xlsx";

	/**
	 * The template's columns, in order; 单位编码 is optional and may be added anywhere, 角色范围,
	 * 单位类型 and 网页对话 may be removed.
	 */
	static final List<RosterColumn> COLUMNS = List.of(RosterColumn.UNIT, RosterColumn.PARENT, RosterColumn.UNIT_TYPE,
			RosterColumn.NAME, RosterColumn.POST, RosterColumn.MOBILE, RosterColumn.ROLES, RosterColumn.ROLE_SCOPE,
			RosterColumn.DINGTALK, RosterColumn.WECOM, RosterColumn.WEBCHAT);

	static final List<String> EXAMPLE = List.of("财政局", "示例县", "部门", "张三", "局长", "13800138000", "财政审核", "示例县",
			"zhangsan01", "ZhangSan", "否");

	static final String INSTRUCTIONS = "说明 Instructions";

	private static final List<String[]> RULES = List.of(new String[] {
			"只读取名为“名册”的工作表：第1行是列名（顺序不限），从第2行起每行一名干部，或只填单位、上级单位的一行建立一个单位。",
			"Only the sheet named 名册 is read: row 1 holds the column names (in any order); each row below is one official, or, with only 单位 and 上级单位 filled, one unit." },
			new String[] {
					"先“检查”：逐行列出将新建、修改、不变和不能导入的内容及原因，不做任何修改。再“导入”：在一个事务中全部完成；有任何一行不能导入时，什么也不改。同一文件导入两次，第二次每行都是“不变”。",
					"First check: row by row, what would be created, changed, left unchanged or refused and why; nothing changes. Then import: all in one transaction; if any row is refused, nothing changes. Importing the same file twice changes nothing the second time." },
			new String[] { "单位按“上级单位 + 单位名称”识别（填了单位编码时按编码）；上级单位可以是本表中的单位，也可以是系统中已有的单位。",
					"A unit is known by its parent and its name (by its code when 单位编码 is given); the parent may be a unit of this sheet or one already in Baton." },
			new String[] { "干部按手机号识别；没填手机号时，按本单位内的姓名识别（同一单位有同名干部时必须填手机号）。手机号对应的干部在另一单位时，导入会把他调到本行的单位。",
					"An official is known by the mobile number; without one, by the name within the unit (namesakes in one unit need their mobiles). An official found by mobile in another unit is moved to the row's unit." },
			new String[] { "空白单元格不会清除已有内容；导入只增加角色和账号绑定，不删除（删除请在目录中操作）。",
					"A blank cell never erases anything; the import only adds roles and account bindings, never removes them (remove them in the directory)." },
			new String[] { "钉钉 userId、企业微信 userId 绑定到系统中配置的钉钉、企业微信应用所在的组织；配置了多个组织时不能从名册绑定。",
					"The DingTalk and WeCom userIds are bound in the organization of the DingTalk or WeCom app Baton is configured with; with several organizations configured they cannot be bound from the roster." },
			new String[] { "单位类型可用的词：" + dev.baton.bot.directory.UnitType
				.wordsZh() + "。网页对话填“是”开通网页对话账号，只在交接棒开启网页对话时有用。", "The unit type words: "
						+ dev.baton.bot.directory.UnitType.wordsEn()
						+ " (or the Chinese words). 网页对话 (web chat) 是 (yes) gives a web chat account, which matters only while Baton's web chat is on." },
			new String[] { "不要使用公式；手机号、userId、单位编码请按文本填写（本模板的“名册”已设为文本格式）。合并单元格的值计入它覆盖的每一行。",
					"No formulas; write mobile numbers, userIds and unit codes as text (the 名册 sheet of this template is formatted as text). A merged cell's value counts on every row it covers." });

	/** The template as .xlsx bytes (a small workbook made in memory). */
	public byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			roster(workbook.createSheet(RosterReader.SHEET), styles);
			instructions(workbook.createSheet(INSTRUCTIONS), styles);
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the template is made in memory", ex);
		}
	}

	private static void roster(Sheet sheet, Styles styles) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < COLUMNS.size(); i++) {
			text(header, i, COLUMNS.get(i).header(), styles.header);
			sheet.setDefaultColumnStyle(i, styles.text);
			sheet.setColumnWidth(i, width(COLUMNS.get(i)));
		}
		sheet.createFreezePane(0, 1);
	}

	private static void instructions(Sheet sheet, Styles styles) {
		int r = 0;
		text(sheet.createRow(r++), 0, "名册导入说明 Roster import instructions", styles.title);
		r++;
		for (String[] rule : RULES) {
			Row row = sheet.createRow(r++);
			text(row, 0, rule[0], styles.wrap);
			text(row, 1, rule[1], styles.wrap);
		}
		r++;
		r = table(sheet, r, styles,
				new String[] { "列 Column", "English", "必须有此列 Required column", "说明", "Description" },
				java.util.Arrays.stream(RosterColumn.values())
					.map(c -> new String[] { c.header(), c.english(), c.required() ? "是 yes" : "否 no", c.aboutZh(),
							c.aboutEn() })
					.toList());
		r++;
		r = table(sheet, r, styles, new String[] { "角色词 Role word", "English", "", "说明", "Description" },
				java.util.Arrays.stream(RoleWord.values())
					.map(w -> new String[] { w.zh(), w.en(), "", w.aboutZh(), w.aboutEn() })
					.toList());
		r++;
		text(sheet.createRow(r++), 0, "示例（填在“名册”中，从第2行起） Example (on 名册, from row 2)", styles.title);
		Row header = sheet.createRow(r++);
		Row example = sheet.createRow(r);
		for (int i = 0; i < COLUMNS.size(); i++) {
			text(header, i, COLUMNS.get(i).header(), styles.header);
			text(example, i, EXAMPLE.get(i), styles.text);
		}
		sheet.setColumnWidth(0, 60 * 256);
		sheet.setColumnWidth(1, 60 * 256);
		sheet.setColumnWidth(2, 16 * 256);
		sheet.setColumnWidth(3, 50 * 256);
		sheet.setColumnWidth(4, 60 * 256);
		for (int i = 5; i < COLUMNS.size(); i++) {
			sheet.setColumnWidth(i, 18 * 256);
		}
	}

	private static int table(Sheet sheet, int r, Styles styles, String[] header, List<String[]> rows) {
		Row head = sheet.createRow(r++);
		for (int i = 0; i < header.length; i++) {
			text(head, i, header[i], styles.header);
		}
		for (String[] values : rows) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < values.length; i++) {
				text(row, i, values[i], styles.wrap);
			}
		}
		return r;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static int width(RosterColumn column) {
		return switch (column) {
			case UNIT, PARENT -> 24 * 256;
			case ROLES, ROLE_SCOPE -> 22 * 256;
			case DINGTALK, WECOM -> 20 * 256;
			default -> 14 * 256;
		};
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrap;

		final CellStyle title;

		Styles(XSSFWorkbook workbook) {
			short textFormat = workbook.createDataFormat().getFormat("@");
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setDataFormat(textFormat);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			text = workbook.createCellStyle();
			text.setDataFormat(textFormat);
			wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			wrap.setDataFormat(textFormat);
			title = workbook.createCellStyle();
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 13);
			title.setFont(big);
		}

	}

}
