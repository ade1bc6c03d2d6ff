package dev.baton.bot.checklist;

/** How far the matter itself has got: 已完成 / 推进中 / 未启动. */
public enum ItemStatus {

	DONE, IN_PROGRESS, NOT_STARTED

}
