package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import dev.baton.bot.documents.HandoverDocument.Person;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 13 (#15): the demo's departing official holds the post 市统计局局长（离任）, and the
 * 交接书's cover named him 陈建国（市统计局局长（离任）） — brackets inside brackets, which official
 * documents avoid. The post's own brackets become commas: 陈建国（市统计局局长，离任）, in the PDF and
 * in the Word document alike.
 */
class BracketedPostOnTheCoverTest {

	static final HandoverDocument DOCUMENT = new HandoverDocument(7, "a".repeat(64), "http://localhost/verify/",
			"石嘴山市统计局", new Person("陈建国", "市统计局局长（离任）"), new Person("王志强", "市统计局副局长(主持工作)"),
			new Person("李组织", "市委组织部干部一科科长"), "工作调动", LocalDate.of(2026, 11, 23), LocalDateTime.of(2026, 12, 5, 10, 0),
			"石嘴山市领导干部离任交接办法", List.of(), List.of(), List.of(), List.of(), List.of(), List.of("离任干部"), List.of());

	@Test
	void thePdfCoverHasNoBracketsInsideBrackets() throws Exception {
		String cover;
		try (PDDocument pdf = Loader.loadPDF(new HandoverPdf(new DocumentFonts()).render(DOCUMENT))) {
			PDFTextStripper first = new PDFTextStripper();
			first.setStartPage(1);
			first.setEndPage(1);
			cover = first.getText(pdf).replaceAll("\\s", "");
		}
		assertThat(cover).contains("陈建国（市统计局局长，离任）", "王志强（市统计局副局长，主持工作）", "李组织（市委组织部干部一科科长）")
			.doesNotContain("离任））", "主持工作)）");
	}

	@Test
	void theWordCoverHasNoBracketsInsideBrackets() throws Exception {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(new HandoverDocx().render(DOCUMENT)))) {
			XWPFTable cover = word.getTables().get(0);
			assertThat(cell(cover, "离任干部")).isEqualTo("陈建国（市统计局局长，离任）");
			assertThat(cell(cover, "接任干部")).isEqualTo("王志强（市统计局副局长，主持工作）");
			assertThat(cell(cover, "监交人（组织部门）")).isEqualTo("李组织（市委组织部干部一科科长）");
		}
	}

	@Test
	void aPostWithoutBracketsOrWithBracketsInsideIsNamedPlainly() {
		assertThat(new Person("张三", "局长").named()).isEqualTo("张三（局长）");
		assertThat(new Person("张三", " ").named()).isEqualTo("张三");
		assertThat(new Person("张三", "局长（主持工作）兼党组书记").named()).isEqualTo("张三（局长，主持工作，兼党组书记）");
	}

	private static String cell(XWPFTable table, String label) {
		for (XWPFTableRow row : table.getRows()) {
			if (row.getCell(0).getText().strip().equals(label)) {
				return row.getCell(1).getText().strip();
			}
		}
		throw new AssertionError("no row " + label + " on the cover");
	}

}
