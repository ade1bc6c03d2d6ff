package dev.baton.bot.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.CopyRecipient;
import dev.baton.bot.access.SignerRole;

/**
 * The words of the 交接书 (a Chinese official document, in Chinese whatever the reader's
 * language): the record's codes said as the document says them, and its dates written
 * 2026年11月23日.
 */
final class DocumentWords {

	static final String TITLE = "领导干部离任交接书";

	static final String SIGNED_HOW = "对话中凭一次性签字码签署";

	private DocumentWords() {
	}

	static String status(ItemStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case DONE -> "已完成";
			case IN_PROGRESS -> "推进中";
			case NOT_STARTED -> "未启动";
			case ON_HAND -> "现状";
		};
	}

	static String confirmation(Confirmation confirmation) {
		if (confirmation == null) {
			return "";
		}
		return switch (confirmation) {
			case PENDING -> "待确认";
			case CONFIRMED -> "已确认";
			case DISPUTED -> "有异议";
			case RULED -> "已裁定";
		};
	}

	static String ruling(String ruling) {
		if (ruling == null) {
			return "未裁定";
		}
		return Ruling.CORRECTED.name().equals(ruling) ? "更正" : "维持原申报";
	}

	/** A verdict; none: the department only asked questions in that round. */
	static String decision(String decision) {
		return decision == null ? "只提问，未作审核结论"
				: "APPROVED".equals(decision) ? "同意" : "RETURNED".equals(decision) ? "退回修改" : decision;
	}

	static String signer(SignerRole role) {
		return switch (role) {
			case DEPARTING -> "离任干部";
			case SUCCESSOR -> "接任干部";
			case ORGANIZER -> "组织部门（监交人）";
			case REVIEWER_ORGANIZATION -> "组织部门审核人";
			case REVIEWER_DISCIPLINE -> "纪检监察审核人";
			case REVIEWER_FINANCE -> "财政部门审核人";
			case REVIEWER_AUDIT -> "审计部门审核人";
		};
	}

	/**
	 * A reviewing department as chat and the console name it (组织部门、纪检监察、财政部门、审计部门;
	 * newcomer 13: the documents said 组织 / 财政 / 审计).
	 */
	static String department(Department department) {
		return switch (department) {
			case ORGANIZATION -> "组织部门";
			case DISCIPLINE -> "纪检监察";
			case FINANCE -> "财政部门";
			case AUDIT -> "审计部门";
		};
	}

	static String copy(CopyRecipient copy) {
		return switch (copy) {
			case DISCIPLINE -> "纪检监察";
			case ORGANIZATION -> "组织部门";
			case FINANCE -> "财政部门";
			case AUDIT -> "审计部门";
			case DEPARTING -> "离任干部";
			case SUCCESSOR -> "接任干部";
		};
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String dateTime(LocalDateTime at) {
		return date(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute());
	}

}
