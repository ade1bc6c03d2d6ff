package dev.baton.bot.conversation;

import java.util.Locale;

import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 16, finding 2a: a reviewer's question 「第6项运维费合同是哪年签的？」 became
 * 「退回第6项，意见：“第6项运维费合同是哪年签的？”？」 on the card, and 「…是哪年签的？。」 in the flag and the return
 * notice. Words that already end a sentence take no second 。/？.
 */
class QuotedWordsPunctuationTest {

	final JsonMapper json = JsonMapper.builder().build();

	final ResourceBundleMessageSource messages = messages();

	@Test
	void theReturnCardQuotesTheQuestionWithoutASecondQuestionMark() {
		String card = new Texts(messages, false).get("conv.review.askReturn", "第6项", "第6项运维费合同是哪年签的？", "");

		assertThat(card).contains("意见：“第6项运维费合同是哪年签的？”退回后").doesNotContain("？”？");
		// words without an end still get the template's ？
		assertThat(new Texts(messages, false).get("conv.review.askReturn", "第6项", "补上合同年份", ""))
			.contains("意见：“补上合同年份”？");
		assertThat(new Texts(messages, true).get("conv.review.askReturn", "item 6", "Which year was it signed?", ""))
			.contains("comment: \"Which year was it signed?\" A return")
			.doesNotContain("?\"?");
	}

	@Test
	void theFlagAndTheReturnNoticeEndTheQuestionOnce() {
		NotificationRenderer renderer = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE);
		String flag = """
				{"unit": "石嘴山市统计局", "departing": "陈建国", "handoverId": 1, "raisedOn": "2026年12月5日",
				 "variant": "UNCLEAR_HANDOVER.parties",
				 "reason": "第1轮联合审核中，财政部门（钱芳）于2026年12月5日退回交接清单修改：第6项：运维费合同是哪年签的？"}""";
		String returned = """
				{"unit": "石嘴山市统计局", "departing": "陈建国", "department": "FINANCE", "remarks": "",
				 "items": [{"seq": 6, "title": "欠宁夏信达软件公司系统运维费", "comment": "运维费合同是哪年签的？"}]}""";

		assertThat(renderer.render(OutboxEvent.valueOf("DISCIPLINE_FLAG"), json.readTree(flag)))
			.contains("第6项：运维费合同是哪年签的？\n")
			.doesNotContain("？。");
		assertThat(renderer.render(OutboxEvent.valueOf("CHECKLIST_RETURNED"), json.readTree(returned)))
			.contains("逐项意见：第6项“欠宁夏信达软件公司系统运维费”：运维费合同是哪年签的？其他意见：")
			.doesNotContain("？。");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
