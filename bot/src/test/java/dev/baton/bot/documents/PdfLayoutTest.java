package dev.baton.bot.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a table meets a page's foot (newcomer 7: a long 说明 in the narrow column jumped
 * whole to the next page and left half a page empty): a tall row splits there, its first
 * lines on this page and the rest under the repeated header on the next; a short row
 * moves whole, and no piece of a row is a lone line.
 */
class PdfLayoutTest {

	static final String LONG = "根据市委、市政府关于推进统计数据质量提升三年行动的部署，本单位在任期内牵头建设统计大数据平台，"
			+ "完成了数据采集、审核、汇总、发布四个子系统的开发与部署，二期工程合同金额壹佰贰拾万元，已支付首期款肆拾万元。";

	@Test
	void aTallRowSplitsAtThePageFootRatherThanLeavingHalfAPageEmpty() throws Exception {
		// half a page of short rows, then a row of some thirty lines in the narrow column
		// (it would fit a fresh page whole)
		List<String[]> rows = new ArrayList<>();
		for (int n = 1; n <= 16; n++) {
			rows.add(new String[] { String.valueOf(n), "事项" + n, "短说明" + n });
		}
		rows.add(new String[] { "17", "长说明事项", "开头标记" + LONG.repeat(2) + "结尾标记" });
		List<String> pages = render(rows);
		assertThat(pages).hasSize(2);
		assertThat(pages.get(0)).as("the tall row starts on the first page").contains("长说明事项", "开头标记");
		assertThat(pages.get(1)).as("and ends on the next, under the header")
			.contains("序号", "结尾标记")
			.doesNotContain("开头标记");
	}

	@Test
	void aShortRowMovesWhole() throws Exception {
		List<String[]> rows = new ArrayList<>();
		for (int n = 1; n <= 39; n++) {
			rows.add(new String[] { String.valueOf(n), "事项" + n, "短说明" + n });
		}
		rows.add(new String[] { "40", "四行事项", "第一行\n第二行\n第三行\n第四行" });
		List<String> pages = render(rows);
		int holding = 0;
		for (String p : pages) {
			if (p.contains("第一行") || p.contains("第四行")) {
				holding++;
				assertThat(p).contains("第一行", "第四行");
			}
		}
		assertThat(holding).isEqualTo(1);
	}

	/**
	 * Newcomer 9: in the narrow 金额/数量 column "1,200,000.00元" broke into "1,200,000." and
	 * "00元". A figure never breaks inside: the column gets the room, and only the unit
	 * may go to the next line.
	 */
	@Test
	void aFigureNeverBreaksInside() throws Exception {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "1", "统计数据共享平台二期", "推进中", "1,200,000.00元", "推进中", "2027年3月31日", "", "已确认" });
		rows.add(new String[] { "3", "统计执法检查专项资金", "", "465,000.00元（已更正）", "已完成", "", "", "已确认" });
		rows.add(new String[] { "4", "大额合同", "", "123,456,789.00元", "推进中", "", "", "已确认" });
		rows.add(new String[] { "5", "林地", "", "292,200.0亩", "现状", "", "", "已确认" });
		String text = String.join("\n",
				render(HandoverPdf.WORK_FIGURE_HEADER, HandoverPdf.WORK_FIGURE_PARTS, rows, false));
		assertThat(text).contains("1,200,000.00", "465,000.00", "123,456,789.00", "292,200.0");
	}

	/** The table laid out alone, the text of each page (whitespace removed). */
	static List<String> render(List<String[]> rows) throws Exception {
		return render(new String[] { "序号", "事项", "说明" }, new float[] { 10, 68, 22 }, rows, true);
	}

	/**
	 * The table laid out alone, the text of each page (whitespace removed if
	 * {@code strip}).
	 */
	static List<String> render(String[] header, float[] parts, List<String[]> rows, boolean strip) throws Exception {
		DocumentFonts fonts = new DocumentFonts();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TrueTypeFont regularTtf = fonts.regular();
				TrueTypeFont boldTtf = fonts.bold();
				PDDocument pdf = new PDDocument()) {
			PdfText regular = new PdfText(PDType0Font.load(pdf, regularTtf, true), regularTtf);
			PdfText bold = new PdfText(PDType0Font.load(pdf, boldTtf, true), boldTtf);
			try (PdfLayout layout = new PdfLayout(pdf, regular, bold)) {
				layout.newPage();
				layout.table(header, parts, rows);
			}
			pdf.save(out);
		}
		List<String> pages = new ArrayList<>();
		try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
			for (int p = 1; p <= read.getNumberOfPages(); p++) {
				PDFTextStripper page = new PDFTextStripper();
				page.setStartPage(p);
				page.setEndPage(p);
				pages.add(strip ? page.getText(read).replaceAll("\\s", "") : page.getText(read));
			}
		}
		return pages;
	}

}
