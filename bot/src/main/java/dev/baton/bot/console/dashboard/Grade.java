package dev.baton.bot.console.dashboard;

/**
 * The colour grade 督查 offices use: green on time, yellow when a step has fewer than half
 * of its working days left and is near its due day (within the configured working days;
 * see {@link Grades}) or was returned, red when a step is overdue. A handover takes its
 * worst open step's grade; a cancelled one is graded cancelled, never counted as on time
 * (newcomer 20b).
 */
public enum Grade {

	GREEN("绿", "green", "按时推进", "on time"), YELLOW("黄", "yellow", "时限将尽或被退回", "time nearly up or returned"),
	RED("红", "red", "已逾期", "overdue"), CANCELLED("已取消", "cancelled", "已取消，不计入按时", "cancelled, not on time");

	private final String zh;

	private final String en;

	private final String meaningZh;

	private final String meaningEn;

	Grade(String zh, String en, String meaningZh, String meaningEn) {
		this.zh = zh;
		this.en = en;
		this.meaningZh = meaningZh;
		this.meaningEn = meaningEn;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	public String meaningZh() {
		return meaningZh;
	}

	public String meaningEn() {
		return meaningEn;
	}

	/** The worse of the two. */
	public Grade worst(Grade other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
