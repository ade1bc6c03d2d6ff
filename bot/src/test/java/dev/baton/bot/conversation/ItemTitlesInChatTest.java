package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.console.ConsoleHttp;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an item said in free text reads in the record (#12 newcomer findings C20, C24,
 * C25): its title is what it is, without the figures read into its fields, so correcting
 * the amount leaves no old figure in the title; the words as said are kept (原文, and in
 * the audit log); a date said with 已完成 is when it was done, not a deadline; 清单 says which
 * numbers were withdrawn, so gaps in the numbering are explained.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ItemTitlesInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LocalAccounts accounts;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "r" + org.departing;
		chat.say(departing, "签收");
	}

	@Test
	void theTitleHoldsNoFigureThatACorrectionCouldContradict() {
		String added = String.join("\n", chat.say(departing, "统计执法检查专项资金 已完成 45万元"));
		assertThat(added).contains("第1项 统计执法检查专项资金\n").contains("原文：统计执法检查专项资金 已完成 45万元");
		Item item = checklists.item(handoverId, 1);
		assertThat(item.title()).isEqualTo("统计执法检查专项资金");
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
		assertThat(item.amount()).isEqualByComparingTo("450000");
		assertThat(item.said()).isEqualTo("统计执法检查专项资金 已完成 45万元");

		String edited = String.join("\n", chat.say(departing, "第1项金额改为54万"));
		assertThat(edited).contains("第1项 统计执法检查专项资金\n").contains("金额：540,000.00元");
		assertThat(checklists.item(handoverId, 1).title()).isEqualTo("统计执法检查专项资金");

		chat.say(departing, "办公用房建筑面积1200平方米");
		Item area = checklists.item(handoverId, 2);
		assertThat(area.title()).isEqualTo("办公用房建筑面积");
		assertThat(area.quantity()).isEqualByComparingTo(new BigDecimal("1200"));
		assertThat(area.quantityUnit()).isEqualTo("平方米");

		// words with no figure in them: the title is all of them, and no 原文 line repeats
		// it
		String plain = String.join("\n", chat.say(departing, "乡村振兴产业规划"));
		assertThat(plain).contains("第3项 乡村振兴产业规划").doesNotContain("原文");
		assertThat(checklists.item(handoverId, 3).said()).isNull();

		// the audit log keeps the words as said beside the title
		assertThat(jdbc
			.queryForList(
					"SELECT detail FROM audit_log WHERE handover_id = ? AND action = 'ITEM_ADDED'" + " ORDER BY seq",
					String.class, handoverId)
			.get(0)).contains("\"said\":\"统计执法检查专项资金 已完成 45万元\"").contains("\"title\":\"统计执法检查专项资金\"");
	}

	@Test
	void aDateSaidWithDoneIsWhenItWasDoneNotADeadline() {
		String added = String.join("\n", chat.say(departing, "机关党支部换届选举 已完成 2026-09-15"));
		assertThat(added).contains("第1项 机关党支部换届选举\n").contains("完成时间：2026-09-15").doesNotContain("期限");
		Item item = checklists.item(handoverId, 1);
		assertThat(item.deadline()).isNull();
		assertThat(item.doneOn()).hasToString("2026-09-15");

		chat.say(departing, "统计大数据平台二期建设，正在推进，2027年3月31日前完成");
		Item work = checklists.item(handoverId, 2);
		assertThat(work.title()).isEqualTo("统计大数据平台二期建设");
		assertThat(work.deadline()).hasToString("2027-03-31");
		assertThat(work.doneOn()).isNull();
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("期限：2027-03-31");
	}

	@Test
	void theChecklistSaysWhichNumbersWereWithdrawn() {
		for (String said : List.of("乡村振兴产业规划", "下午三点的会改到四点了", "安置房二期", "汛期山体滑坡隐患点")) {
			chat.say(departing, said);
			chat.say(departing, "推进中");
		}
		chat.say(departing, "删除第2项");
		chat.say(departing, "删除第3项");
		String list = String.join("\n", chat.say(departing, "清单"));
		assertThat(list).contains("（第2、3项已删除或撤销，编号不再使用）");
		assertThat(list.split("编号不再使用", -1)).as("said once").hasSize(2);
	}

	/**
	 * #17: the audit row of an item added in chat keeps what was said and what was read
	 * from it, whichever way it was added (free text, 添加 …, a card's 记为两项, an English
	 * account's "add …" with an English amount), and the console's audit trail says it:
	 * the words as said where they differ from the title, then the amount, quantity,
	 * deadline and status read, in Chinese, or in English when the console is.
	 */
	@Test
	void everyItemAddedKeepsItsWordsOnTheAuditTrail() {
		// a card: two sums in one message, split into two items by 记为两项
		assertThat(String.join("\n", chat.say(departing, "上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元"))).contains("是两项吗");
		chat.press(departing, "记为两项");
		// free text, and 添加 …
		assertThat(String.join("\n", chat.say(departing, "办公楼维修 已完成 45万元"))).contains("已记录为第3项");
		assertThat(String.join("\n", chat.say(departing, "添加 道路改造 未启动 2027-03-31"))).contains("已记录为第4项");
		// an account that chose English, with an English amount
		chat.say(departing, "English");
		assertThat(String.join("\n", chat.say(departing, "add office renovation RMB 1.2 million")))
			.contains("1,200,000.00");

		List<JsonNode> rows = added();
		assertThat(rows).hasSize(5);
		assertThat(field(rows.get(0), "title")).isEqualTo("上梅村茶叶初制所改造");
		assertThat(field(rows.get(0), "said")).isEqualTo("上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元");
		assertThat(field(rows.get(0), "amount")).isEqualTo("950000");
		assertThat(field(rows.get(1), "item")).isEqualTo("2");
		assertThat(field(rows.get(1), "said")).isEqualTo("上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元");
		assertThat(field(rows.get(1), "amount")).isEqualTo("600000");
		assertThat(field(rows.get(2), "title")).isEqualTo("办公楼维修");
		assertThat(field(rows.get(2), "said")).isEqualTo("办公楼维修 已完成 45万元");
		assertThat(field(rows.get(2), "amount")).isEqualTo("450000");
		assertThat(field(rows.get(2), "status")).isEqualTo("DONE");
		assertThat(field(rows.get(3), "title")).isEqualTo("道路改造");
		assertThat(field(rows.get(3), "said")).isEqualTo("道路改造 未启动 2027-03-31");
		assertThat(field(rows.get(3), "deadline")).isEqualTo("2027-03-31");
		assertThat(field(rows.get(3), "status")).isEqualTo("NOT_STARTED");
		assertThat(field(rows.get(4), "title")).isEqualTo("office renovation");
		assertThat(field(rows.get(4), "said")).isEqualTo("office renovation RMB 1.2 million");
		assertThat(field(rows.get(4), "amount")).isEqualTo("1200000");

		ConsoleHttp http = ConsoleHttp.signedIn(port, accounts, org.organizer);
		// the console's trail says the words and what was read, in the page's language
		assertThat(trail(http, "")).contains("关于第1项 上梅村茶叶初制所改造：",
				"原话：“上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元”；金额：950,000.00元；状态：推进中",
				"原话：“上梅村茶叶初制所改造 推进中 总投资95万元，已拨付60万元”；金额：600,000.00元", "原话：“办公楼维修 已完成 45万元”；金额：450,000.00元；状态：已完成",
				"原话：“道路改造 未启动 2027-03-31”；期限：2027-03-31；状态：未启动", "关于第5项 office renovation：",
				"原话：“office renovation RMB 1.2 million”；金额：1,200,000.00元");
		assertThat(trail(http, "?lang=en"))
			.contains("On Item 3 办公楼维修: ", "as said: \"办公楼维修 已完成 45万元\"; amount: 450,000.00 yuan; status: done",
					"as said: \"office renovation RMB 1.2 million\"; amount: 1,200,000.00 yuan")
			.doesNotContain("原话", "金额");
	}

	private static String field(JsonNode detail, String key) {
		JsonNode value = detail.get(key);
		return value == null || value.isNull() ? null : value.asString();
	}

	/** The detail of each ITEM_ADDED row of the handover, in order. */
	private List<JsonNode> added() {
		JsonMapper json = JsonMapper.builder().build();
		return jdbc
			.queryForList("SELECT detail FROM audit_log WHERE handover_id = ? AND action = 'ITEM_ADDED' ORDER BY seq",
					String.class, handoverId)
			.stream()
			.map(json::readTree)
			.toList();
	}

	/** The audit trail of the handover's record page, as its reader sees the words. */
	private String trail(ConsoleHttp http, String query) {
		var page = http.get("/console/handovers/" + handoverId + query);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		return html.substring(html.indexOf("id=\"history\""))
			.replaceAll("<[^>]+>", " ")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
	}

}
