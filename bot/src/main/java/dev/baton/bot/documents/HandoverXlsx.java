package dev.baton.bot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import dev.baton.bot.documents.HandoverDocument.Block;
import dev.baton.bot.documents.HandoverDocument.ItemRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

/**
 * The two 交接表 of an archived handover in Excel, in the form the two parties sign
 * (重点工作交接表, 经济事项交接表), and a third sheet with the other sections' items, and a fourth with
 * the disputes and their rulings; every sheet has the items' amounts and quantities as
 * numbers (amounts 465,000.00元) beside their currency and unit, dates are dates, every
 * sheet filters.
 */
@Component
public class HandoverXlsx {

	static final String[] WORK = { "序号", "事项", "具体内容", "金额", "币种", "数量", "数量单位", "进展", "完成时限", "责任人", "是否遗留", "确认情况" };

	static final String[] ECONOMIC = { "序号", "类别", "事项", "金额", "币种", "数量", "数量单位", "对方单位", "说明", "进展", "是否遗留", "确认情况" };

	static final String[] OTHER = { "序号", "类别", "事项", "具体内容", "金额", "币种", "数量", "数量单位", "进展", "完成时限", "责任人", "是否遗留",
			"确认情况" };

	static final String[] DISPUTES = { "序号", "事项", "争议内容", "提出人", "提出日期", "裁定结果", "裁定说明", "原申报", "更正后", "裁定人", "裁定日期" };

	public byte[] render(HandoverDocument d) {
		try (Workbooks w = new Workbooks()) {
			String suffix = "（" + d.unitName() + "，离任：" + d.departing().named() + "，接任：" + d.successor().named()
					+ "；校验码 " + d.sha256() + "）";
			Sheet work = w.sheet("重点工作交接表", "重点工作交接表" + suffix, WORK,
					new int[] { 6, 30, 60, 16, 6, 12, 8, 8, 12, 12, 8, 10 });
			List<Block> workBlocks = d.sections().stream().filter(b -> !b.economic()).limit(1).toList();
			for (Block b : workBlocks) {
				for (ItemRow i : b.items()) {
					Row r = w.row(work);
					w.integer(r, 0, i.seq());
					w.text(r, 1, i.title());
					w.text(r, 2, HandoverPdf.content(i));
					figures(w, r, 3, i);
					w.text(r, 7, i.status());
					w.date(r, 8, i.deadline());
					w.text(r, 9, i.responsible());
					w.text(r, 10, i.unfinished() ? "是" : "否");
					w.text(r, 11, i.confirmation());
				}
			}
			w.filter(work, WORK.length);
			Sheet money = w.sheet("经济事项交接表", "经济事项交接表" + suffix, ECONOMIC,
					new int[] { 6, 16, 30, 16, 6, 12, 8, 20, 50, 8, 8, 10 });
			for (Block b : d.sections().stream().filter(Block::economic).toList()) {
				for (ItemRow i : b.items()) {
					Row r = w.row(money);
					w.integer(r, 0, i.seq());
					w.text(r, 1, i.section());
					w.text(r, 2, i.title());
					figures(w, r, 3, i);
					w.text(r, 7, i.counterparty());
					w.text(r, 8, HandoverPdf.content(i));
					w.text(r, 9, i.status());
					w.text(r, 10, i.unfinished() ? "是" : "否");
					w.text(r, 11, i.confirmation());
				}
			}
			w.filter(money, ECONOMIC.length);
			Sheet other = w.sheet("其他交接事项", "其他交接事项" + suffix, OTHER,
					new int[] { 6, 16, 30, 60, 16, 6, 12, 8, 8, 12, 12, 8, 10 });
			for (Block b : d.sections().stream().filter(x -> !x.economic()).skip(1).toList()) {
				for (ItemRow i : b.items()) {
					Row r = w.row(other);
					w.integer(r, 0, i.seq());
					w.text(r, 1, i.section());
					w.text(r, 2, i.title());
					w.text(r, 3, HandoverPdf.content(i));
					figures(w, r, 4, i);
					w.text(r, 8, i.status());
					w.date(r, 9, i.deadline());
					w.text(r, 10, i.responsible());
					w.text(r, 11, i.unfinished() ? "是" : "否");
					w.text(r, 12, i.confirmation());
				}
			}
			w.filter(other, OTHER.length);
			// the disputes and their rulings (newcomer 9: only 已裁定 showed, not what was
			// disputed nor what was ruled)
			Sheet disputes = w.sheet("争议及裁定", "争议及裁定" + suffix, DISPUTES,
					new int[] { 6, 30, 40, 10, 12, 12, 50, 20, 20, 10, 12 });
			for (HandoverDocument.DisputeRow x : d.disputes()) {
				Row r = w.row(disputes);
				w.integer(r, 0, x.seq());
				w.text(r, 1, x.title());
				w.text(r, 2, x.reason());
				w.text(r, 3, x.raisedBy());
				w.date(r, 4, x.raisedOn());
				w.text(r, 5, x.ruling());
				w.text(r, 6, x.rulingNote());
				value(w, r, 7, x.statedValue(), x.stated());
				value(w, r, 8, x.correctedValue(), x.corrected());
				w.text(r, 9, x.ruledBy());
				w.date(r, 10, x.ruledOn());
			}
			w.filter(disputes, DISPUTES.length);
			return w.bytes(d.archivedAt());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A disputed value in column {@code c}: money and quantities as numbers formatted
	 * with their unit (865,000.00元, 2,350.5平方米), deadlines as dates, else the words
	 * (未写明).
	 */
	private static void value(Workbooks w, Row r, int c, HandoverDocument.Value v, String words) {
		if (v == null) {
			w.text(r, c, words);
		}
		else if (v.date() != null) {
			w.date(r, c, v.date());
		}
		else if (v.money()) {
			if ("CNY".equals(v.unit())) {
				w.money(r, c, v.number(), v.unit());
			}
			else {
				w.number(r, c, v.number(), " " + v.unit(), true);
			}
		}
		else {
			w.number(r, c, v.number(), v.unit(), false);
		}
	}

	/**
	 * From column {@code c}: the amount as a number (465,000.00元), its currency, the
	 * quantity as a number and its unit, so that they sort, filter and sum; the
	 * corrections are in the content column's words.
	 */
	private static void figures(Workbooks w, Row r, int c, ItemRow i) {
		w.money(r, c, i.amount(), i.currency());
		w.text(r, c + 1, i.currency());
		w.number(r, c + 2, i.quantity());
		w.text(r, c + 3, i.quantityUnit());
	}

}
