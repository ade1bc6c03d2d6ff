package dev.baton.bot.conversation;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 3 (findings 8, 9, 10): an answer to Baton's question, a correction said
 * the way people say it, or a question is never recorded as a new item. "分开记，两项" / "分两项"
 * / "一项就行" answer the 记为两项 / 记为一项 card; typed once the question has lapsed (another
 * message came between), they answer the item whose card is still open, as the README
 * says; "不对不对，改错了，撤销" takes back the last entry; "怎么撤销？" asks; and 还没办 / 尚未办理 are
 * statuses.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class AnswersAreNotItemsInChatTest {

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

	DraftingTalk talk;

	@BeforeEach
	void setUp() {
		talk = new DraftingTalk(chat, conversation, directory, actors, handovers, checklists);
	}

	@Test
	void answersToTheTwoFiguresCardInOtherWordsAnswerIt() {
		talk.goTo("economic");
		talk.say("机关办公楼建筑面积2860平方米，档案库房320平方米");
		String split = talk.say("分开记，两项");
		assertThat(split).contains("已记为两项").doesNotContain("分开记");
		assertThat(talk.items())
			.extracting(i -> i.seq() + " " + i.title() + " " + i.quantity().toPlainString() + i.quantityUnit())
			.containsExactly("1 机关办公楼建筑面积 2860平方米", "2 档案库房 320平方米");

		talk.say("公务用车3辆，执法执勤用车2辆");
		assertThat(talk.say("一项就行")).contains("第3项").contains("一项");
		assertThat(talk.items()).hasSize(3);
		assertThat(talk.item(3).details()).isEqualTo("执法执勤用车2辆");

		talk.say("在编在岗人员46人，聘用人员12人");
		assertThat(talk.say("分两项吧")).contains("已记为两项");
		assertThat(talk.items()).extracting(Item::title).endsWith("在编在岗人员", "聘用人员");
	}

	@Test
	void aTypedAnswerOnceTheQuestionLapsedAnswersTheOpenCard() {
		talk.goTo("economic");
		talk.say("机关办公楼建筑面积2860平方米，档案库房320平方米");
		talk.say("第1项状态改为现状"); // another message between: the question is no longer the
								// one open
		String split = talk.say("记为两项");
		assertThat(split).contains("已记为两项").contains("档案库房");
		assertThat(talk.items()).hasSize(2);
		assertThat(chat.outcomeOf(chat.cards(talk.departing).get(chat.cards(talk.departing).size() - 1)))
			.contains("记为两项");

		// two cards open: the typed answer asks which; naming the item answers it
		talk.say("公务用车3辆，执法执勤用车2辆");
		talk.say("应收账款3.2万元，应付账款5.6万元");
		talk.say("第1项状态改为现状");
		assertThat(talk.say("记为两项")).contains("第3项").contains("第4项").contains("没有记为新事项");
		assertThat(talk.items()).hasSize(4);
		assertThat(talk.say("第4项记为一项")).contains("第4项").contains("一项");
		assertThat(talk.say("分开记")).contains("已记为两项").contains("执法执勤用车");
		assertThat(talk.items()).hasSize(5);
		// nothing left to answer: still no item
		assertThat(talk.say("记为两项")).contains("没有记为新事项");
		assertThat(talk.items()).hasSize(5);
	}

	@Test
	void aCorrectionOrAQuestionSaidInPassingIsNeverAnItem() {
		talk.goTo("economic");
		talk.say("应收市社保中心代垫职工社保费3.2万元");
		talk.say("第1项金额改为3.5万");
		String undone = talk.say("不对不对，改错了，撤销");
		assertThat(undone).contains("已撤销对第1项的修改").contains("32,000.00元");
		assertThat(talk.items()).hasSize(1);
		assertThat(talk.item(1).amount()).isEqualByComparingTo("32000");

		for (String said : new String[] { "怎么撤销？", "这个期限怎么改", "改错了", "刚才说错了" }) {
			assertThat(talk.say(said)).as(said).contains("没有记为新事项");
		}
		assertThat(talk.items()).hasSize(1);
		talk.say("公务用车3辆");
		assertThat(talk.say("这条不算")).contains("已撤销").contains("第2项");
		assertThat(talk.items()).hasSize(1);
	}

	@Test
	void notDoneYetInPlainWordsIsAStatus() {
		talk.goTo("major_funds");
		String said = talk.say("第五次经济普查专项经费结余12.63万元，按规定上缴财政，还没办");
		assertThat(said).doesNotContain("什么状态");
		Item item = talk.item(1);
		assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
		// a clause after the figure that no field took is its 说明 (newcomer 7, finding 3)
		assertThat(item.title()).isEqualTo("第五次经济普查专项经费结余");
		assertThat(item.details()).contains("按规定上缴财政");

		talk.say("欠宁夏某信息技术公司统计软件运维费18.5万元");
		assertThat(talk.say("尚未办理")).contains("第2项").contains("未启动");
		assertThat(talk.item(2).status()).isEqualTo(ItemStatus.NOT_STARTED);

		// "没办法" is no status: asked
		assertThat(talk.say("统计数据质量问题目前没办法解决")).contains("什么状态");
		assertThat(talk.item(3).status()).isNull();
		// an answer to that question in words that name no status is asked again, never
		// an item
		assertThat(talk.say("快完了")).contains("没有记为新事项").contains("第3项");
		assertThat(talk.items()).hasSize(3);
		assertThat(talk.say("算了，撤销")).contains("已撤销");
		assertThat(talk.items()).hasSize(2);
	}

}
