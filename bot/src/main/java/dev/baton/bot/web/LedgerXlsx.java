package dev.baton.bot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.bot.documents.ArchiveDates;
import dev.baton.bot.documents.Workbooks;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ledger (台账) of the handovers under a unit as one sheet, as the console lists them:
 * state, dates, discipline flags (and, last, each flag's date and reason) and the steps
 * overdue, filterable on every column; dates are dates.
 */
@Component
class LedgerXlsx {

	static final String[] HEADER = { "编号", "单位", "离任干部", "接任干部", "交接原因", "状态", "执行制度", "通知日期", "清单期限", "审核轮次", "归档日期",
			"办结日期", "取消日期", "纪律标记", "是否逾期", "逾期事项", "最早逾期起始日", "纪律标记原因" };

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final Policies policies;

	LedgerXlsx(MessageSource messages, Policies policies) {
		this.messages = messages;
		this.policies = policies;
	}

	byte[] render(String unitName, List<HandoverSummary> handovers, Map<Long, ArchiveDates> dates, ZoneId zone) {
		// the policy as people call it (newcomer 7: the ledger showed its code)
		Map<String, String> policyNames = policies.all()
			.stream()
			.collect(Collectors.toMap(HandoverPolicy::code,
					p -> p.name() == null || p.name().isBlank() ? p.code() : p.name(), (a, b) -> a));
		try (Workbooks w = new Workbooks()) {
			Sheet sheet = w.sheet("交接台账", unitName + "领导干部离任交接台账", HEADER,
					new int[] { 8, 20, 10, 10, 10, 14, 14, 12, 12, 8, 12, 12, 12, 20, 8, 40, 12, 60 });
			for (HandoverSummary h : handovers) {
				Row r = w.row(sheet);
				w.integer(r, 0, h.id());
				w.text(r, 1, h.unit().name());
				w.text(r, 2, h.departing().name());
				w.text(r, 3, h.successor().name());
				w.text(r, 4, h.reason().say(h.reasonNote(), (key, args) -> messages.getMessage(key, args, key, ZH)));
				w.text(r, 5, text("conv.state." + h.state().name(), h.state().name()));
				w.text(r, 6, policyNames.getOrDefault(h.policyCode(), h.policyCode()));
				w.date(r, 7, h.openedOn());
				w.date(r, 8, h.checklistDue());
				w.integer(r, 9, h.reviewRound());
				ArchiveDates d = dates.get(h.id());
				w.date(r, 10, d == null || d.archivedAt() == null ? null : LocalDate.ofInstant(d.archivedAt(), zone));
				w.date(r, 11, d == null || d.closedAt() == null ? null : LocalDate.ofInstant(d.closedAt(), zone));
				w.date(r, 12, d == null || d.cancelledAt() == null ? null : LocalDate.ofInstant(d.cancelledAt(), zone));
				w.text(r, 13, h.flags() == null ? ""
						: h.flags().stream().map(HandoverSummary.Flag::zh).collect(Collectors.joining("、")));
				List<HandoverSummary.Waiting> overdue = h.waiting()
					.stream()
					.filter(HandoverSummary.Waiting::overdue)
					.toList();
				w.text(r, 14, overdue.isEmpty() ? "否" : "是");
				w.text(r, 15,
						overdue.stream()
							.map(s -> text("label." + s.kind().name(), s.kind().name()) + subject(s.subject()) + " 应于"
									+ s.dueOn() + "完成")
							.collect(Collectors.joining("；")));
				// the first overdue day, as the dashboard's "2026-12-10起逾期" (not the due
				// day)
				w.date(r, 16,
						overdue.stream()
							.map(HandoverSummary.Waiting::overdueSince)
							.min(LocalDate::compareTo)
							.orElse(null));
				// each flag with the day it was raised and why (#15):
				// 交接不清（2026年12月1日）：第1轮联合审核中…
				w.text(r, 17, h.flags() == null ? ""
						: h.flags().stream().map(LedgerXlsx::flagReason).collect(Collectors.joining("；")));
			}
			w.filter(sheet, HEADER.length);
			return w.bytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * 交接不清（2026年12月1日）：the reason; the name alone for a flag noted before reasons were
	 * kept.
	 */
	static String flagReason(HandoverSummary.Flag f) {
		if (f.reason() == null) {
			return f.zh();
		}
		LocalDate on = f.raisedOn();
		return f.zh() + "（" + on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日）：" + f.reason();
	}

	/**
	 * The step's subject in words: 第3项, 审计, 签字的身份, 步骤4.2; nothing for what has no words.
	 */
	private String subject(String subject) {
		if (subject == null || subject.isBlank()) {
			return "";
		}
		if (subject.matches("item:\\d+")) {
			return "（第" + subject.substring(5) + "项）";
		}
		if (subject.matches("\\d+\\.\\d+")) {
			return "（步骤" + subject + "）";
		}
		for (dev.baton.bot.directory.Department d : dev.baton.bot.directory.Department.values()) {
			if (d.name().equals(subject)) {
				return "（" + d.zh() + "）";
			}
		}
		String label = messages.getMessage("label." + subject, null, null, ZH);
		return label == null ? "" : "（" + label + "）";
	}

	private String text(String key, String fallback) {
		return messages.getMessage(key, null, fallback, ZH);
	}

}
