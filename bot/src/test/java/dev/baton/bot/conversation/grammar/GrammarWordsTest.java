package dev.baton.bot.conversation.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every word of {@code conversation/grammar.tsv}, the file the parser reads, is read as
 * the file says: a command word alone is its intent, a whole word alone its intent (and a
 * guess when written "CONFIRM?"), "第3项" + an item word the item's intent, "添加 面积 3" + a
 * unit a quantity in that unit, and so on. So the words and what Baton does with them
 * cannot drift apart, and a word added to the file is tested the moment it is added.
 */
class GrammarWordsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final CommandParser parser = new CommandParser();

	static Stream<Arguments> words() {
		return Grammar.standard().entries().stream().map(e -> Arguments.of(e.kind(), e.word(), e.meaning(), e.line()));
	}

	@ParameterizedTest(name = "line {3}: {0} {1} → {2}")
	@MethodSource("words")
	void everyWordReadsAsTheFileSays(Grammar.Kind kind, String word, String meaning, int line) {
		switch (kind) {
			case COMMAND -> {
				Command c = parser.parse(word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.valueOf(meaning));
				assertThat(c.number()).as(word).isNull();
			}
			case WHOLE, SIGN -> {
				Command c = parser.parse(word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.valueOf(meaning.replace("?", "")));
				assertThat(c.tentative()).as(word).isEqualTo(meaning.endsWith("?"));
				assertThat(c.number()).as(word).isNull();
			}
			case ITEM -> {
				Intent intent = Intent.valueOf(meaning);
				String said = "第3项" + word + (intent == Intent.SUPPLEMENT ? "：对账单已上传" : "");
				Command c = parser.parse(said, TODAY);
				assertThat(c.intent()).as(said).isEqualTo(intent);
				assertThat(c.number()).as(said).isEqualTo(3);
				assertThat(c.text()).as(said).isEqualTo(intent == Intent.SUPPLEMENT ? "对账单已上传" : null);
			}
			case POLITE, SELF ->
				assertThat(parser.parse(word + "提交", TODAY).intent()).as(word).isEqualTo(Intent.SUBMIT);
			case TAIL -> {
				assertThat(parser.parse("可以" + word, TODAY).intent()).as(word).isEqualTo(Intent.CONFIRM);
				if (meaning.equals("command")) {
					assertThat(parser.parse("提交" + word, TODAY).intent()).as(word).isEqualTo(Intent.SUBMIT);
				}
			}
			case LEAD -> {
				Command c = parser.parse(word + "，好的", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.CONFIRM);
				assertThat(c.tentative()).as(word).isFalse();
				if (meaning.equals("courtesy")) {
					// an excuse before what puts an item right, and never an item's words
					Command edit = parser.parse(word + "，第3项应该是5万，我之前改错了", TODAY);
					assertThat(edit.intent()).as(word).isEqualTo(Intent.EDIT);
					assertThat(edit.number()).as(word).isEqualTo(3);
					assertThat(edit.amount()).as(word).isEqualByComparingTo("50000");
					assertThat(parser.parse(word + "，办公楼维修 推进中", TODAY).text()).as(word).isEqualTo("办公楼维修 推进中");
				}
			}
			case NEGATION -> {
				assertThat(parser.parse(word + "认可", TODAY).intent()).as(word).isEqualTo(Intent.DISPUTE);
				assertThat(parser.parse("第3项" + word + "认可", TODAY).number()).as(word).isEqualTo(3);
			}
			case THIS -> {
				assertThat(parser.parse(word + "不认可", TODAY).intent()).as(word).isEqualTo(Intent.DISPUTE);
				assertThat(parser.parse(word + "没问题", TODAY).intent()).as(word).isEqualTo(Intent.CONFIRM);
				assertThat(parser.parse("不同意" + word, TODAY).intent()).as(word).isEqualTo(Intent.DISPUTE);
			}
			case ALL -> assertThat(parser.parse(word + "没问题", TODAY).intent()).as(word).isEqualTo(Intent.CONFIRM_ALL);
			case FILLER -> {
				if (meaning.equals("courtesy")) {
					Command edit = parser.parse("第3项应该是5万，" + word + "，刚才写错了", TODAY);
					assertThat(edit.intent()).as(word).isEqualTo(Intent.EDIT);
					assertThat(edit.amount()).as(word).isEqualByComparingTo("50000");
				}
				assertThat(parser.parse("好的，" + word, TODAY).intent()).as(word).isEqualTo(Intent.CONFIRM);
				assertThat(parser.parse("确认第3项，" + word, TODAY).number()).as(word).isEqualTo(3);
				assertThat(parser.parse(word, TODAY).intent()).as(word + " alone").isEqualTo(Intent.UNKNOWN);
			}
			case STATUS -> {
				Command c = parser.parse("添加 统计平台二期，" + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.ADD);
				assertThat(c.status()).as(word).isEqualTo(dev.baton.bot.checklist.ItemStatus.valueOf(meaning));
				assertThat(parser.parse("第3项状态改为" + word, TODAY).status()).as(word)
					.isEqualTo(dev.baton.bot.checklist.ItemStatus.valueOf(meaning));
			}
			case UNIT -> {
				Command c = parser.parse("添加 面积 3" + word, TODAY);
				assertThat(c.intent()).isEqualTo(Intent.ADD);
				assertThat(c.quantity()).as(word).isEqualByComparingTo("3");
				assertThat(c.unit()).as(word).isEqualTo(meaning.isEmpty() ? word : meaning);
				assertThat(c.amount()).as(word).isNull();
				Command scaled = parser.parse("添加 面积 2.5万" + word, TODAY);
				assertThat(scaled.quantity()).as("2.5万" + word).isEqualByComparingTo("25000");
				assertThat(scaled.amount()).as("2.5万" + word).isNull();
			}
			case MONEY -> {
				Command c = parser.parse("添加 余额 3" + word, TODAY);
				assertThat(c.amount()).as(word).isEqualByComparingTo("3");
				assertThat(c.quantity()).as(word).isNull();
				if (meaning.equalsIgnoreCase("before")) {
					Command before = parser.parse("添加 余额 " + word + " 1,234.5", TODAY);
					assertThat(before.amount()).as(word + " 1,234.5").isEqualByComparingTo("1234.5");
					assertThat(before.text()).as(word + " 1,234.5").isEqualTo("余额 " + word + " 1,234.5");
				}
			}
			case SCALE -> {
				// with money after it an amount, with a unit a quantity, both multiplied
				String[] parts = meaning.split("\\s+");
				BigDecimal times = new BigDecimal(parts[0]).multiply(new BigDecimal("2.5"));
				Command money = parser.parse("添加 余额 2.5" + word + " yuan", TODAY);
				assertThat(money.amount()).as("2.5" + word + " yuan").isEqualByComparingTo(times);
				assertThat(money.quantity()).as("2.5" + word + " yuan").isNull();
				Command withYen = parser.parse("添加 余额 ¥2.5" + word, TODAY);
				assertThat(withYen.amount()).as("¥2.5" + word).isEqualByComparingTo(times);
				// alone: an amount, unless it counts only with money said (1.2m may be
				// metres)
				Command alone = parser.parse("添加 余额 2.5" + word, TODAY);
				Command quantity = parser.parse("添加 林地 2.5" + word + " 亩", TODAY);
				assertThat(quantity.amount()).as("2.5" + word + " 亩").isNull();
				if (parts.length > 1) {
					assertThat(alone.amount()).as("2.5" + word + " alone").isNull();
				}
				else {
					assertThat(alone.amount()).as("2.5" + word + " alone").isEqualByComparingTo(times);
					assertThat(quantity.quantity()).as("2.5" + word + " 亩").isEqualByComparingTo(times);
					assertThat(quantity.unit()).as("2.5" + word + " 亩").isEqualTo("亩");
				}
			}
			case FIELD -> {
				Command c = parser.parse("第3项" + word + "改为无", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.field()).as(word).isEqualTo(EditField.valueOf(meaning));
				assertThat(c.number()).isEqualTo(3);
				assertThat(c.clear()).as(word).isTrue();
			}
			case CLEAR -> {
				Command c = parser.parse("第3项金额改为" + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.field()).isEqualTo(EditField.AMOUNT);
				assertThat(c.clear()).as(word).isTrue();
				assertThat(c.amount()).isNull();
			}
			case SLIP -> {
				Command c = parser.parse(word + "，删除第3项", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.DELETE);
				assertThat(c.number()).as(word).isEqualTo(3);
				Command after = parser.parse("删除第3项，那条" + word, TODAY);
				assertThat(after.intent()).as(word).isEqualTo(Intent.DELETE);
				Command edit = parser.parse("第3项金额" + word + "，应为5万", TODAY);
				assertThat(edit.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(edit.amount()).as(word).isEqualByComparingTo("50000");
			}
			case VALUE -> {
				Command c = parser.parse("第3项" + word + "5万元", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.field()).as(word).isEqualTo(EditField.AMOUNT);
				assertThat(c.amount()).as(word).isEqualByComparingTo("50000");
			}
			case DONE_VERB -> {
				Command c = parser.parse("第3项是2026年10月" + word + "的", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.number()).as(word).isEqualTo(3);
				assertThat(c.field()).as(word).isEqualTo(EditField.DONE_ON);
				assertThat(c.value()).as(word).isEqualTo("2026年10月");
				Command at = parser.parse("第3项" + word + "时间是2026年10月", TODAY);
				assertThat(at.field()).as(word + "时间是").isEqualTo(EditField.DONE_ON);
			}
			case COPULA -> {
				Command c = parser.parse("第3项" + word + "未启动", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.status()).as(word).isEqualTo(dev.baton.bot.checklist.ItemStatus.NOT_STARTED);
			}
			case RULING -> {
				Command c = parser.parse("裁定 3 " + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.RULE);
				assertThat(c.ruling()).as(word).isEqualTo(dev.baton.bot.confirmation.Ruling.valueOf(meaning));
				Command after = parser.parse("第3项" + word, TODAY);
				assertThat(after.intent()).as("第3项" + word).isEqualTo(Intent.RULE);
				assertThat(after.tentative()).as("第3项" + word).isTrue();
			}
			case STEP -> {
				Command c = parser.parse("护岸砌筑" + word + "已经干完了", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.PROGRESS);
				assertThat(c.value()).as(word).isEqualTo("护岸砌筑");
				assertThat(c.finished()).as(word).isTrue();
				assertThat(c.tentative()).as(word).isTrue();
				assertThat(c.number()).as(word).isNull();
			}
			case FINISHED -> {
				Command c = parser.parse("护岸砌筑那一步" + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.PROGRESS);
				assertThat(c.finished()).as(word).isTrue();
				assertThat(StepWords.finished("设备安装调试" + word)).as(word).isTrue();
				// saying a step is done names no step ("完成" is in 完成剩余护岸砌筑)
				assertThat(StepWords.names(word, "完成剩余护岸砌筑")).as(word).isFalse();
			}
			case PART -> {
				assertThat(TwoFigures.in("村级污水处理设施 9处，" + word + "2处运行不正常")).as(word).isNull();
				assertThat(TwoFigures.in("村级污水处理设施 9处，山塘2处")).as(word).isNotNull();
			}
			case LABEL -> {
				String said = "统计平台二期" + (meaning.equalsIgnoreCase("apart") ? " " : "") + word + "120万元";
				ItemWords words = ItemWords.of(said, parser.parse("添加 " + said, TODAY), TODAY);
				assertThat(words.title()).as(said).isEqualTo("统计平台二期");
				if (meaning.equalsIgnoreCase("apart")) {
					String attached = "统计平台二期" + word + "120万元";
					assertThat(ItemWords.of(attached, parser.parse("添加 " + attached, TODAY), TODAY).title())
						.as(attached)
						.isEqualTo("统计平台二期" + word);
				}
			}
			case NOTSTATUS -> {
				Command c = parser.parse("添加 统计数据质量问题目前" + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.ADD);
				assertThat(c.status()).as(word).isNull();
			}
			case SPLIT -> {
				TwoFigures.Answer answer = TwoFigures.answer(word);
				assertThat(answer).as(word).isNotNull();
				assertThat(answer.two()).as(word).isEqualTo(meaning.equalsIgnoreCase("TWO"));
				assertThat(TwoFigures.answer("第4项" + word)).as("第4项" + word)
					.isEqualTo(new TwoFigures.Answer(meaning.equalsIgnoreCase("TWO"), 4));
				assertThat(TwoFigures.answer(word + "吧")).as(word + "吧").isEqualTo(answer);
			}
			case NOT_YET -> {
				// said before the work, it is not done: progress, never a step completed
				// (#12 newcomer 3)
				assertThat(StepWords.finished("设备安装调试" + word + "全部完成")).as(word).isFalse();
				assertThat(StepWords.finished("设备安装调试已经做完了")).isTrue();
				// only a "no" reopens a step recorded as done; a "later" says when it
				// will be
				assertThat(StepWords.notDone("设备安装调试" + word + "做完")).as(word).isEqualTo(meaning.equals("no"));
			}
			case RULED_AS -> {
				// the ruling's figure is the one after the word, not the first in the
				// sentence
				Command c = parser.parse("裁定 3 更正 原记5万元有误，" + word + "4万元", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.RULE);
				assertThat(c.amount()).as(word).isEqualByComparingTo("40000");
				Command counted = parser.parse("第3项核实了，原记128台有误，" + word + "121台更正", TODAY);
				assertThat(counted.quantity()).as(word).isEqualByComparingTo("121");
			}
			case OPENING -> {
				if (meaning.equals("for")) {
					// 办/办理 open a handover only for someone (给…办交接: the organizer's
					// reading, EighteenthNewcomerOrganizerInChatTest); alone they are
					// everyday words (人员办理交接手续)
					assertThat(parser.parse("帮我" + word + "交接", TODAY).intent()).as(word)
						.isNotEqualTo(Intent.OPEN_HANDOVER);
					// asked of Baton with a measure, 交接 ending the clause (newcomer 23,
					// finding 1)
					Command asked = parser.parse("王芳临时接手，帮我" + word + "个交接", TODAY);
					assertThat(asked.intent()).as(word).isEqualTo(Intent.OPEN_HANDOVER);
					assertThat(asked.text()).as(word).isEqualTo("王芳临时接手");
					assertThat(parser.parse("帮我" + word + "一下交接手续", TODAY).intent()).as(word)
						.isNotEqualTo(Intent.OPEN_HANDOVER);
					return;
				}
				assertThat(parser.parse("帮我" + word + "交接", TODAY).intent()).as(word).isEqualTo(Intent.OPEN_HANDOVER);
				Command c = parser.parse("上梅乡的陈清忠要调走了，" + word + "交接", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.OPEN_HANDOVER);
				assertThat(c.text()).as(word).isEqualTo("上梅乡的陈清忠要调走了");
				assertThat(c.number()).as(word).isNull();
			}
			case HANDOVER -> {
				Command c = parser.parse("交接12" + word + "，理由是人选调整", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.valueOf(meaning));
				assertThat(c.number()).as(word).isEqualTo(12);
				assertThat(c.text()).as(word).isEqualTo("人选调整");
				assertThat(parser.parse("12号交接" + word, TODAY).number()).as(word).isEqualTo(12);
			}
			case REASON -> assertThat(OrganizerTalk.standard().reason("上梅乡的陈清忠" + word)).as(word)
				.isEqualTo(dev.baton.bot.handover.HandoverReason.valueOf(meaning));
			case SUCCESSOR -> {
				Command c = parser.parse("交接12的" + word + "换成张三，人选调整", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.CHANGE_SUCCESSOR);
				assertThat(c.number()).as(word).isEqualTo(12);
				assertThat(c.value()).as(word).isEqualTo("张三");
				assertThat(c.text()).as(word).isEqualTo("人选调整");
				String said = word + "是方福彬";
				assertThat(OrganizerTalk.standard().successorAt(said, said.length() - 3, said.length())).as(word)
					.isTrue();
			}
			case DEPARTING -> {
				String said = word + "是陈清忠";
				assertThat(OrganizerTalk.standard().departingAt(said, said.length() - 3, said.length())).as(word)
					.isTrue();
				assertThat(OrganizerTalk.standard().successorAt(said, said.length() - 3, said.length())).as(word)
					.isFalse();
			}
			case TAKEOVER -> {
				assertThat(OrganizerTalk.standard().successorAt("由方福彬" + word, 1, 4)).as(word).isTrue();
				assertThat(OrganizerTalk.standard().successorAt("方福彬" + word + "陈清忠", 0, 3)).as(word).isTrue();
				assertThat(OrganizerTalk.standard().successorAt("方福彬" + word + "陈清忠", 5, 8)).as(word).isFalse();
			}
			case ASIDE -> {
				// the clause set aside names nobody; the rest is read as said (newcomer
				// 24, finding 1)
				List<String> said = new ArrayList<>();
				if (!meaning.equals("after")) {
					said.add(word + "吴强的事，陈清忠要调走了");
				}
				if (!meaning.equals("before")) {
					said.add("吴强那边的事" + word + "吧，陈清忠要调走了");
				}
				for (String s : said) {
					String left = OrganizerTalk.standard().withoutAsides(s);
					assertThat(left).as(s).doesNotContain("吴强").endsWith("，陈清忠要调走了").hasSameSizeAs(s);
				}
			}
			case CHANGE -> {
				Command c = parser.parse("交接12的接任人" + word + "张三，人选调整", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.CHANGE_SUCCESSOR);
				assertThat(c.value()).as(word).isEqualTo("张三");
				assertThat(c.text()).as(word).isEqualTo("人选调整");
			}
			case PERIOD -> {
				Command c = parser.parse("延期 12 3" + word + "，人选调整", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EXTEND_DEADLINE);
				assertThat(c.number()).as(word).isEqualTo(12);
				assertThat(c.quantity()).as(word).isEqualByComparingTo(meaning.equals("WEEKS") ? "21" : "3");
				assertThat(c.unit()).as(word).isEqualTo(meaning.equals("WEEKS") ? "CALENDAR_DAYS" : meaning);
				assertThat(c.text()).as(word).isEqualTo("人选调整");
			}
			case DUE -> {
				// the step named before 期限 is the one extended (newcomer 24, finding 9)
				for (String said : List.of("交接12" + word + "期限延长3天，人选调整", "交接12的" + word + "期限延到12月20日，人选调整",
						"延期 12 " + word + "期限 3天，人选调整")) {
					Command c = parser.parse(said, TODAY);
					assertThat(c.intent()).as(said).isEqualTo(Intent.EXTEND_DEADLINE);
					assertThat(c.number()).as(said).isEqualTo(12);
					assertThat(c.value()).as(said).isEqualTo(meaning);
					assertThat(c.text()).as(said).isEqualTo("人选调整");
				}
				assertThat(parser.parse("交接12延期3天，人选调整", TODAY).value()).as(word).isNull();
			}
			// #12 newcomer 5: statuses said in everyday words, read by meaning
			case STATUS_LEAD -> {
				String verb = switch (meaning) {
					case "DONE" -> "编完了";
					case "NOT_STARTED" -> "付";
					default -> "推";
				};
				Command c = parser.parse("添加 统计平台二期，" + word + verb, TODAY);
				assertThat(c.status()).as(word + verb).isEqualTo(dev.baton.bot.checklist.ItemStatus.valueOf(meaning));
				ItemWords words = ItemWords.of("统计平台二期，" + word + verb, c, TODAY);
				assertThat(words.title()).as(word + verb).isEqualTo("统计平台二期");
			}
			case WORK -> {
				assertThat(parser.parse("添加 统计平台二期，还在" + word, TODAY).status()).as("还在" + word)
					.isEqualTo(dev.baton.bot.checklist.ItemStatus.IN_PROGRESS);
				String done = "已经" + word + (meaning.equals("outcome") || meaning.equals("start") ? "" : "完了");
				assertThat(parser.parse("添加 统计平台二期，" + done, TODAY).status()).as(done)
					.isEqualTo(meaning.equals("start") ? dev.baton.bot.checklist.ItemStatus.IN_PROGRESS
							: dev.baton.bot.checklist.ItemStatus.DONE);
				Command not = parser.parse("添加 统计平台二期，还没" + word, TODAY);
				assertThat(not.status()).as("还没" + word)
					.isEqualTo(meaning.equals("outcome") ? null : dev.baton.bot.checklist.ItemStatus.NOT_STARTED);
				if (meaning.equals("pay")) {
					// 未付 is no status of its own: 未启动, with the words kept in 说明
					assertThat(ItemWords.of("统计平台二期，还没" + word, not, TODAY).note()).isEqualTo("还没" + word);
				}
			}
			case STATUS_END -> {
				assertThat(parser.parse("添加 统计平台二期，已经编" + word, TODAY).status()).as("已经编" + word)
					.isEqualTo(dev.baton.bot.checklist.ItemStatus.DONE);
				assertThat(parser.parse("添加 统计平台二期，还没编" + word, TODAY).status()).as("还没编" + word).isNull();
			}
			case REMAINING -> {
				String said = "护岸工程基本完工，" + word + "验收";
				Command c = parser.parse("添加 " + said, TODAY);
				assertThat(c.status()).as(said).isEqualTo(dev.baton.bot.checklist.ItemStatus.IN_PROGRESS);
				ItemWords words = ItemWords.of(said, c, TODAY);
				assertThat(words.title()).as(said).isEqualTo("护岸工程");
				assertThat(words.note()).as(said).isEqualTo(word + "验收");
			}
			case RENAME -> {
				Command c = parser.parse("第9项" + word + "办公电脑（含笔记本）", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.number()).isEqualTo(9);
				assertThat(c.field()).as(word).isEqualTo(EditField.TITLE);
				assertThat(c.value()).as(word).isEqualTo("办公电脑（含笔记本）");
				assertThat(parser.parse("第9项" + word + "42台", TODAY).field()).as(word + "42台")
					.isEqualTo(meaning.equals("title") ? EditField.TITLE : EditField.QUANTITY);
			}
			case HOLIDAY -> {
				HolidaySaid said = HolidaySaid.in("明年" + word + "前付清", TODAY);
				assertThat(said).as(word).isEqualTo(new HolidaySaid(meaning, 2027, "明年" + word + "前"));
			}
			case YEAR -> {
				int year = TODAY.getYear() + Integer.parseInt(meaning);
				assertThat(parser.parse("添加 统计数据质量提升行动 推进中 " + word + "底前完成", TODAY).date()).as(word + "底")
					.isEqualTo(LocalDate.of(year, 12, 31));
				assertThat(parser.parse("添加 统计数据质量提升行动 推进中 " + word + "年底前完成", TODAY).date()).as(word + "年底")
					.isEqualTo(LocalDate.of(year, 12, 31));
				assertThat(parser.parse("添加 统计数据质量提升行动 推进中 " + word + "12月20日前完成", TODAY).date()).as(word + "12月20日")
					.isEqualTo(LocalDate.of(year, 12, 20));
				assertThat(ItemWords
					.of("统计数据质量提升行动 推进中 " + word + "底前完成", parser.parse("添加 统计数据质量提升行动 推进中 " + word + "底前完成", TODAY),
							TODAY)
					.title()).as(word + "底 leaves the title").isEqualTo("统计数据质量提升行动");
			}
			case UNFINISHED -> {
				Command c = parser.parse("第15项" + word + "，还有1件在办", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.EDIT);
				assertThat(c.number()).isEqualTo(15);
				assertThat(c.status()).as(word).isEqualTo(dev.baton.bot.checklist.ItemStatus.IN_PROGRESS);
				assertThat(c.text()).as(word).isEqualTo("还有1件在办");
			}
			case ASSENT -> {
				Command c = parser.parse("补充说明" + word + "，通过", TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.APPROVE);
				assertThat(c.tentative()).as(word + " passes at once").isFalse();
			}
			case SEVERAL -> {
				assertThat(EntryTalk.ofSeveral(word + "都是现状")).as(word).isEqualTo("是现状");
				assertThat(EntryTalk.statusAlone(EntryTalk.ofSeveral(word + "都是现状"))).as(word)
					.isEqualTo(dev.baton.bot.checklist.ItemStatus.ON_HAND);
			}
			case MONTH -> {
				java.time.YearMonth month = java.time.YearMonth.from(TODAY).plusMonths(Integer.parseInt(meaning));
				assertThat(parser.parse("添加 统计数据质量提升行动 推进中 " + word + "底前完成", TODAY).date()).as(word + "底")
					.isEqualTo(month.atEndOfMonth());
			}
			case DECLINE -> {
				assertThat(parser.declines(word + "，我问问而已")).as(word).isTrue();
				assertThat(parser.declines(word)).as(word).isTrue();
				assertThat(parser.declines("第2项" + word + "，我问问而已")).as(word).isFalse();
			}
			case RESUBMIT -> {
				assertThat(parser.resubmits("财政那边好像是误退的，我没什么要改的，" + word)).as(word).isTrue();
				assertThat(parser.resubmits(word + "吧")).as(word).isTrue();
			}
			case PARTY_END -> {
				// a name ending with the word is the counterparty after 欠, and alone when
				// the word is meant so
				assertThat(Counterparty.standard().in("欠宁夏信达" + word + "系统运维费38万元")).as(word).isEqualTo("宁夏信达" + word);
				assertThat(Counterparty.standard().in("宁夏信达" + word + "往来款38万元")).as(word)
					.isEqualTo(meaning.equalsIgnoreCase("alone") ? "宁夏信达" + word : null);
			}
			case FETCH -> {
				// around the document or the ledger, before or after it; nothing else
				assertThat(parser.parse("把交接书" + word, TODAY).intent()).as(word).isEqualTo(Intent.DOCUMENT);
				assertThat(parser.parse("把交接台账" + word, TODAY).intent()).as(word).isEqualTo(Intent.LEDGER);
				assertThat(parser.parse(word + "交接表", TODAY).intent()).as(word).isEqualTo(Intent.DOCUMENT);
				assertThat(parser.parse("把办公楼维修" + word, TODAY).intent()).as(word).isEqualTo(Intent.UNKNOWN);
			}
			case ASKING -> {
				// dropped anywhere in a short question about the stage or what waits on
				// me
				assertThat(parser.parse("我" + word + "要干什么", TODAY).intent()).as(word).isEqualTo(Intent.TODO);
				assertThat(parser.parse("到哪一步" + word, TODAY).intent()).as(word).isEqualTo(Intent.STATUS);
			}
			case COUNTED -> {
				// a clause counting part of the figure before, in its unit: one item, no
				// split offered; in another unit it is a second thing
				assertThat(TwoFigures.in("市委巡察反馈问题整改，共11条，" + word + "3条")).as(word)
					.satisfies(two -> assertThat(two.counted()).isTrue());
				assertThat(TwoFigures.in("市委巡察反馈问题整改，共11条，" + word + "3件")).as(word)
					.satisfies(two -> assertThat(two == null || !two.counted()).isTrue());
				// and it says how much is done, not the item's status (newcomer 20,
				// finding
				// 1: 已完成30公里 of 42 is no 已完成)
				assertThat(parser.parse("添加 城区雨污分流管网改造，共计42公里，" + word + "30公里", TODAY).status()).as(word).isNull();
				// meaning money: the part paid or owed of a sum is progress on it too
				// (newcomer 23, finding 3); without it a second sum is asked about
				assertThat(TwoFigures.in("统计信息化平台二期 合同金额186万元，" + word + "120万元")).as(word)
					.satisfies(two -> assertThat(two.counted()).isEqualTo(meaning.equals("money")));
			}
			case ADDRESS -> {
				// a person addressed, then a message about a meeting: asked about, not an
				// item; the same words with a figure are an item
				String person = meaning.equals("after") ? "张" + word : word + "静";
				String said = person + "，明天上午的会改到三楼会议室";
				assertThat(Addressed.toSomeoneElse(said, parser.parse("添加 " + said, TODAY))).as(word).isTrue();
				String item = person + "，办公楼维修 推进中 12万元";
				assertThat(Addressed.toSomeoneElse(item, parser.parse("添加 " + item, TODAY))).as(word).isFalse();
			}
			case UNDERSTOOD -> {
				// a yes that holds it acknowledges: only a guess, never done at once
				assertThat(Grammar.standard().acknowledges("好的，" + word)).as(word).isTrue();
				Command c = parser.parse("好的，" + word, TODAY);
				assertThat(c.intent()).as(word).isEqualTo(Intent.CONFIRM);
				assertThat(c.tentative()).as(word).isTrue();
			}
			case ERRAND -> {
				// after a person addressed it is a message to them; without one, nothing
				String said = "小李，" + word + "那边再确认下";
				assertThat(Addressed.toSomeoneElse(said, parser.parse("添加 " + said, TODAY))).as(word).isTrue();
				String alone = "机关综合楼维修，" + word + "那边再确认下";
				assertThat(Addressed.toSomeoneElse(alone, parser.parse("添加 " + alone, TODAY))).as(word).isFalse();
			}
			case OBJECTION -> {
				// found in the successor's words about an item, and never read as a yes
				assertThat(Grammar.standard().objection("第9项这条" + word)).as(word).isEqualTo(Grammar.key(word));
				assertThat(parser.parse("第9项" + word, TODAY).intent()).as(word).isIn(Intent.UNKNOWN, Intent.DISPUTE);
			}
			case SECTIONS -> {
				// nothing in these parts is nothing in this one, as 没有 is; never an item
				// (newcomer 23, finding 12)
				assertThat(parser.parse(word + "都没有", TODAY).intent()).as(word).isEqualTo(Intent.NONE_IN_SECTION);
				assertThat(parser.parse(word + "也没有", TODAY).intent()).as(word).isEqualTo(Intent.NONE_IN_SECTION);
				assertThat(parser.parse(word + "均无", TODAY).intent()).as(word).isEqualTo(Intent.NONE_IN_SECTION);
				assertThat(parser.parse(word + "都已完成", TODAY).intent()).as(word).isNotEqualTo(Intent.NONE_IN_SECTION);
			}
			case NAMED_SECTION -> {
				// the words before it name the part said to have nothing; at the start,
				// the
				// part in focus; never an item (newcomer 24, finding 4)
				Command named = parser.parse("其他" + word + "没有", TODAY);
				assertThat(named.intent()).as(word).isEqualTo(Intent.NONE_IN_SECTION);
				assertThat(named.text()).as(word).isEqualTo("其他");
				assertThat(parser.parse("第7" + word + "都没什么", TODAY).text()).as(word).isEqualTo("第7");
				Command focus = parser.parse(word + "也没有", TODAY);
				assertThat(focus.intent()).as(word).isEqualTo(Intent.NONE_IN_SECTION);
				assertThat(focus.text()).as(word).isNull();
				assertThat(parser.parse("其他" + word + "已完成", TODAY).intent()).as(word)
					.isNotEqualTo(Intent.NONE_IN_SECTION);
			}
			default -> throw new AssertionError("No check for the kind " + kind + ": add one to this test");
		}
	}

	@Test
	void noWordHasTwoMeaningsOfOneKind() {
		Map<String, List<Grammar.Entry>> byWord = Grammar.standard()
			.entries()
			.stream()
			.collect(Collectors.groupingBy(e -> e.kind() + " " + Grammar.key(e.word())));
		assertThat(byWord.values().stream().filter(l -> l.size() > 1).map(l -> l.get(0).kind() + " " + l.get(0).word()))
			.isEmpty();
		assertThat(Grammar.standard().entries()).hasSizeGreaterThan(200);
	}

	@Test
	void aMistypedLineStopsTheStartWithItsNumber() {
		assertThatThrownBy(() -> Grammar.parse("# note\ncommand\t确认\tCONFRIM\n")).hasMessageContaining("line 2")
			.hasMessageContaining("CONFRIM");
		assertThatThrownBy(() -> Grammar.parse("comand\t确认\tCONFIRM\n")).hasMessageContaining("line 1")
			.hasMessageContaining("comand");
		assertThatThrownBy(() -> Grammar.parse("field\t面积\tAREA\n")).hasMessageContaining("line 1");
		assertThatThrownBy(() -> Grammar.parse("whole\n")).hasMessageContaining("line 1");
		assertThatThrownBy(() -> Grammar.parse("scale\tmillion\tlots\n")).hasMessageContaining("line 1");
		assertThatThrownBy(() -> Grammar.parse("scale\tk\t1000 maybe\n")).hasMessageContaining("line 1");
		assertThatThrownBy(() -> Grammar.parse("money\tusd\tafter\n")).hasMessageContaining("line 1");
	}

	@Test
	void aWordAddedToTheFileIsRead() {
		Grammar g = new Grammar(Grammar.parse("command\t确认\tCONFIRM\nwhole\t妥了\tCONFIRM\nunit\t垧\t垧\n"));
		CommandParser p = new CommandParser(g);
		assertThat(p.parse("妥了", TODAY).intent()).isEqualTo(Intent.CONFIRM);
		assertThat(p.parse("确认 3", TODAY).number()).isEqualTo(3);
		Command c = p.parse("添加 耕地 12垧", TODAY);
		assertThat(c.quantity()).isEqualByComparingTo(new BigDecimal("12"));
		assertThat(c.unit()).isEqualTo("垧");
	}

}
