package dev.baton.bot.conversation.grammar;

/**
 * What a person wants, read from one chat message (design.md §5). Commands have a Chinese
 * and an English word; free-text intents (好的 → {@link #CONFIRM}, 不对 → {@link #DISPUTE},
 * 下一个 → {@link #NEXT}) map onto the same values. {@link #UNKNOWN} is anything else: the
 * dialog may still take it as the answer to a question it asked.
 */
public enum Intent {

	/** 帮助 / help */
	HELP,
	/** 我的交接 / mine: the handovers I am part of or supervise */
	MINE,
	/** 清单 / list: the checklist of the handover in focus */
	LIST,
	/** 第3项 / 查看3 / show 3: one item */
	SHOW,
	/** 签收 / acknowledge: the departing official receives the notice */
	ACKNOWLEDGE,
	/** 添加 / add: a new item (in the section in focus, or the one named) */
	ADD,
	/** 修改 / edit: "第3项金额改为120万" */
	EDIT,
	/** 本部分无 / none: declare the section in focus empty */
	NONE_IN_SECTION,
	/** 提交 / submit the checklist */
	SUBMIT,
	/** 确认 / confirm (an item, or the one in focus); 好的 / 没问题 / 确认无误 */
	CONFIRM,
	/** 全部确认 / confirm all */
	CONFIRM_ALL,
	/** 异议 / dispute (with a reason, or the bot asks for one); 不对 / 有出入 / 金额不符 */
	DISPUTE,
	/** 通过 / approve (reviewers) */
	APPROVE,
	/** 退回 / return (reviewers), with a comment, optionally per item */
	RETURN,
	/** 裁定 / rule (audit): 维持 / 更正 */
	RULE,
	/** 签字 / sign, optionally with the one-time code */
	SIGN,
	/** 计划 / plan: the successor's plan for an unfinished item */
	PLAN,
	/** 进展 / progress: report on a plan step */
	PROGRESS,
	/** 进度 / status: where a handover stands */
	STATUS,
	/**
	 * 取消 / cancel: abandon the question being asked, or (organizer, with a reason) cancel
	 * a handover (取消交接)
	 */
	CANCEL,
	/** 下一个 / next */
	NEXT,
	/** 跳过 / skip */
	SKIP,
	/** 返回 / 上一个 / back */
	BACK,
	/** 切换 / 交接 N / switch N: put another of my handovers in focus */
	SWITCH,
	/**
	 * 绑定本群 / bind group [unit]: an organizer binds the group they speak in to a unit
	 * (said in the group)
	 */
	BIND_GROUP,
	/** 解绑本群 / unbind group [unit]: the group stops receiving the unit's posts */
	UNBIND_GROUP,
	/**
	 * 公开交接 N / publish N: post an archived handover's public summary to its unit's groups
	 * (organizers)
	 */
	PUBLISH,
	/** 撤销 / 撤回 / undo: take back the departing official's last entry while drafting */
	UNDO,
	/** 删除第12项 / 第12项删除 / delete 12: remove an item while drafting */
	DELETE,
	/** 第4项补充：… / 第4项说明：… / 补充 4 …: more words on an item (the answer to a return) */
	SUPPLEMENT,
	/**
	 * 第1项不是金额，是面积: the number stored as money is a quantity ({@code text} says of what)
	 */
	NOT_MONEY,
	/** 我的待办 / 待办 / todo: what waits on me, across my handovers */
	TODO,
	/**
	 * 发起交接 / open handover: an organizer opens a handover (unit, parties, reason asked
	 * one at a time; #13)
	 */
	OPEN_HANDOVER,
	/**
	 * 更换接任人 / change successor: an organizer names another successor, with a reason (#13)
	 */
	CHANGE_SUCCESSOR,
	/**
	 * 延期 / extend: an organizer moves a deadline later, with a reason, within the
	 * policy's cap (#13)
	 */
	EXTEND_DEADLINE,
	/** anything else */
	UNKNOWN,
	/** 交接书 12 / document 12: the archived handover's 交接书 sent as a file, 1:1 (#15) */
	DOCUMENT,
	/**
	 * 台账 / 导出台账 / ledger: the ledger of the handovers under the units one oversees, as a
	 * file, 1:1 (#15)
	 */
	LEDGER

}
