package dev.baton.bot.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.ArchivedHandovers.Dispute;
import dev.baton.bot.TestOrg;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;

/**
 * A long handover taken to its archive through the domain services
 * ({@link ArchivedHandovers}): 60 items over five sections with long texts (a detail of
 * several hundred characters, a title of sixty), amounts and a quantity, unfinished
 * items, a review comment, and a dispute of item {@link #DISPUTED} that the audit
 * corrects from 3,566,200.00 to 3,466,200.00 yuan.
 */
class LongHandovers {

	static final int ITEMS = 60;

	static final int DISPUTED = 30;

	static final String LONG = "根据市委、市政府关于推进统计数据质量提升三年行动的部署，本单位在任期内牵头建设统计大数据平台，"
			+ "完成了数据采集、审核、汇总、发布四个子系统的开发与部署，接入规模以上工业企业一千二百余家、服务业企业八百余家，"
			+ "实现联网直报率百分之百。二期工程于二〇二六年三月开工，合同金额壹佰贰拾万元，已支付首期款肆拾万元，"
			+ "尾款待竣工验收后按合同约定支付；目前存在供应商人员变动、部分接口标准尚未统一、乡镇统计站网络带宽不足等问题，"
			+ "需接任同志继续协调工信、财政、网信等部门予以解决，并督促承建单位按期交付（Phase II, contract No. TJ-2026-017）。";

	/**
	 * The drafts of the 60 items by section code, in the order they are added (so item n
	 * is the n-th draft).
	 */
	static List<Map.Entry<String, ItemDraft>> drafts() {
		List<Map.Entry<String, ItemDraft>> out = new ArrayList<>();
		for (int n = 1; n <= ITEMS; n++) {
			String section;
			ItemDraft draft;
			if (n <= 20) {
				section = "key_work";
				String details = n % 4 == 1 ? LONG
						: "第" + n + "项重点工作：按年度计划推进，已完成阶段性目标的" + (n * 3) + "％，下一步重点是统筹协调、压实责任、确保按期完成。";
				String title = n == 1 ? "统计大数据平台二期建设项目（含数据采集、审核、汇总、发布四个子系统的升级改造及乡镇统计站网络扩容工程）"
						: "重点工作第" + n + "项：经济普查后续数据开发与应用";
				boolean unfinished = n % 3 != 0;
				draft = new ItemDraft(title, details, unfinished ? ItemStatus.IN_PROGRESS : ItemStatus.DONE, null, null,
						n % 2 == 0 ? "宁夏某信息技术有限公司" : null, LocalDate.of(2027, 1 + n % 12, 10 + n % 18),
						n % 2 == 0 ? "综合科张三" : "陈离任", unfinished);
			}
			else if (n <= 40) {
				section = "economic";
				BigDecimal amount = n == DISPUTED ? new BigDecimal("3566200.00")
						: new BigDecimal(1000 * n * n + n).add(new BigDecimal("0.5" + n % 10));
				String details = n % 5 == 0 ? LONG : "截至二〇二六年十一月二十日的账面数，已与银行对账单核对一致，附对账单复印件。";
				if (n == 37) {
					draft = new ItemDraft("办公用房面积", "含档案室、机房", ItemStatus.ON_HAND, null, null, null, null, "办公室", false,
							new BigDecimal("2350.5"), "平方米");
				}
				else {
					draft = new ItemDraft(n == DISPUTED ? "统计大数据平台二期应付工程尾款" : "专项资金账户余额第" + n + "笔", details,
							n % 4 == 0 ? ItemStatus.IN_PROGRESS : ItemStatus.ON_HAND, amount, "CNY", "中国农业银行石嘴山分行",
							null, "财务科李四", n % 4 == 0);
				}
			}
			else if (n <= 47) {
				section = "party_building";
				draft = new ItemDraft("党建责任制落实第" + n + "项", "三会一课、主题党日按月开展，党员发展对象两名待考察。", ItemStatus.IN_PROGRESS, null,
						null, null, LocalDate.of(2027, 6, 30), "机关党委", true);
			}
			else if (n <= 54) {
				section = "personnel";
				draft = new ItemDraft("干部人事事项第" + n + "项", "实有在编人员三十五人，空编三人，拟于二〇二七年上半年公开招录。", ItemStatus.NOT_STARTED,
						null, null, null, LocalDate.of(2027, 5, 31), "人事科", true);
			}
			else {
				section = "legacy_risk";
				draft = new ItemDraft("历史遗留问题第" + n + "项：乡镇统计站房屋产权未办理", LONG, ItemStatus.IN_PROGRESS, null, null,
						"自然资源局", LocalDate.of(2027, 12, 31), "办公室", true);
			}
			out.add(Map.entry(section, draft));
		}
		return out;
	}

	/**
	 * The 60 items {@link ArchivedHandovers#drafted drafted} and
	 * {@link ArchivedHandovers#settle settled}: item {@link #DISPUTED} disputed and
	 * corrected by the audit from 3,566,200.00 to 3,466,200.00 yuan.
	 */
	static long archived(ArchivedHandovers archiver, TestOrg org, String policyCode) {
		long id = archiver.drafted(org, drafts());
		archiver.settle(org, id, policyCode, Dispute.amount(DISPUTED, "合同尾款应扣除已支付的十万元质保金预付款，金额不符",
				"经审计核实，已预付质保金十万元，尾款应为3,466,200.00元", new BigDecimal("3466200.00")));
		return id;
	}

}
