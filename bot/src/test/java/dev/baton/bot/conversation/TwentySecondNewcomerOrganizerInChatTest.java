package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 22, the organizer's week in the demo, through the real conversation layer on
 * the suite's MariaDB and Redis. Finding 8: help's 发起交接 example named the pair of a
 * running handover of the unit (石嘴山市统计局 陈建国 郑晓东), so following it was refused; it names
 * two officials outside the unit's running handovers, and says so when there are none.
 * Finding 14: the 【交接N …】 line headed some replies about one handover and not others
 * (none after an organizer answered what Baton asked for 延期); every reply about one
 * handover, to someone who may see several, is headed by it.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwentySecondNewcomerOrganizerInChatTest {

	private static final Pattern EXAMPLE = Pattern.compile("如“(发起交接 [^”]+ 工作调动)”");

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
	HandoverRecords records;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		// the demo's shape: 石嘴山市 with its reviewers, supervisor and administrator, and
		// 石嘴山市统计局 where 陈建国 hands over to 郑晓东
		org = new TestOrg(directory, actors, "shizuishan",
				new TestOrg.Names("石嘴山市", "石嘴山市统计局", "CITY_DEPARTMENT", "陈建国", "市统计局局长（离任）", "郑晓东", "市统计局局长（接任）"));
		organizer = user(org.organizer);
		directory.bindIdentity(chat.platform(), chat.corp(), organizer, org.organizer);
	}

	@Test
	void helpsOpeningExampleNamesOfficialsOutsideTheUnitsRunningHandoversAndFollowingItOpensOne() {
		// as in the demo that week: 交接1 at 统计局, 交接3 at 农业农村局, 交接4 and 交接5 at the city
		open(org.department.id(), org.departing, org.successor);
		OrgUnit farming = directory.createUnit(org.city.id(), "farming-" + org.city.code(), "石嘴山市农业农村局",
				"CITY_DEPARTMENT");
		long liu = directory.addOfficial("刘志远", "市农业农村局局长（离任）", farming.id()).id();
		long huang = directory.addOfficial("黄海", "市农业农村局局长（接任）", farming.id()).id();
		open(farming.id(), liu, huang);
		long wu = directory.addOfficial("吴强", "市委巡视组（拟任）", org.city.id()).id();
		open(org.city.id(), org.supervisor, wu);
		open(org.city.id(), huang, org.successor);
		// the city's other officials hold its only reviewer posts: a handover between two
		// of them would be refused (newcomer 25, finding 1), so the example names these
		// two
		directory.addOfficial("冯明", "市委办公室副主任", org.city.id());
		directory.addOfficial("卫东", "市政府办公室副主任", org.city.id());

		String help = String.join("\n", chat.say(organizer, "帮助"));
		Matcher m = EXAMPLE.matcher(help);
		assertThat(m.find()).as(help).isTrue();
		String example = m.group(1);
		String[] words = example.split(" ");
		assertThat(words).hasSize(5);
		String[] busy = { "陈建国", "郑晓东", "刘志远", "黄海", "周监督", "吴强" };
		assertThat(words[1]).as(example).isEqualTo(org.city.name());
		assertThat(List.of(words[2], words[3])).as(example).doesNotContainAnyElementsOf(List.of(busy));

		// following the example opens the handover it names
		List<String> card = chat.say(organizer, example);
		assertThat(card).as(example).singleElement().asString().contains("单位：" + org.city.name());
		List<String> opened = chat.press(organizer, "确认");
		assertThat(String.join("\n", opened)).as(example).contains("已发起交接");
		assertThat(running()).hasSize(5);
	}

	@Test
	void helpSaysSoWhenNoTwoOfficialsOfTheOrganizersUnitsAreOutsideItsRunningHandovers() {
		// an organizer of 石嘴山市统计局 alone: 陈建国 → 郑晓东 runs there, and only 卫路人 is free
		long bureauOrganizer = directory.addOfficial("蒋组织", "市委组织部干部二科", org.city.id()).id();
		directory.assignRole(bureauOrganizer, Role.ORGANIZER, null, org.department.id());
		directory.bindIdentity(chat.platform(), chat.corp(), user(bureauOrganizer), bureauOrganizer);
		open(org.department.id(), org.departing, org.successor);

		String help = String.join("\n", chat.say(user(bureauOrganizer), "帮助"));
		assertThat(help).contains("发起交接 石嘴山市统计局 〔离任人〕 〔接任人〕 工作调动")
			.contains("眼下您管辖的各单位都没有两位不在本单位进行中交接里的干部，所以这里不举人名")
			.doesNotContain("发起交接 石嘴山市统计局 卫路人")
			.doesNotContain("发起交接 石嘴山市统计局 陈建国");

		// once it is archived or cancelled, its pair may be named again
		handovers.cancel(actors.of(org.organizer), running().get(0).id(), "人选调整");
		assertThat(String.join("\n", chat.say(user(bureauOrganizer), "帮助"))).contains("如“发起交接 石嘴山市统计局 卫路人 ")
			.doesNotContain("不举人名");
	}

	@Test
	void everyReplyAboutOneHandoverIsHeadedByItWhateverItAnswers() {
		long first = open(org.department.id(), org.departing, org.successor);
		long zhou = directory.addOfficial("周二", "市统计局副局长（离任）", org.department.id()).id();
		long ma = directory.addOfficial("马二", "市统计局副局长（接任）", org.department.id()).id();
		long second = open(org.department.id(), zhou, ma);
		long sun = directory.addOfficial("孙三", "市统计局总统计师（离任）", org.department.id()).id();
		long he = directory.addOfficial("何三", "市统计局总统计师（接任）", org.department.id()).id();
		long third = open(org.department.id(), sun, he);
		long fourth = open(org.department.id(), org.stranger,
				directory.addOfficial("冯四", "市统计局科长（接任）", org.department.id()).id());
		directory.addOfficial("冯新任", "市统计局副局长（新拟任）", org.department.id());
		directory.addOfficial("冯新任", "市统计局副局长（新拟任，另一位）", org.department.id());

		// what the organizer says (null: the first button of the card just sent pressed),
		// and the handover the reply is about: the command, then each answer to what
		// Baton asked, for 延期, 取消交接 and 更换接任人 (two of the name offered on a card), a
		// question dropped, and 进度
		record Step(String words, long about) {
		}
		List<Step> steps = List.of(new Step("交接" + first + "延期3天", first), new Step("几位审核人在外地参加培训，下周一回来", first),
				new Step("延期 " + second, second), new Step("3天", second), new Step("他在下乡调研，材料没整理完", second),
				new Step("取消交接 " + third, third), new Step("人选调整", third), new Step("更换接任人 " + fourth, fourth),
				new Step("冯新任", fourth), new Step(null, fourth), new Step("原人选另有任用", fourth),
				new Step("延期 " + first, first), new Step("算了", first), new Step("进度 " + second, second));
		for (Step step : steps) {
			List<String> reply = step.words() == null
					? chat.press(organizer, chat.lastCard(organizer).buttons().get(0).label())
					: chat.say(organizer, step.words());
			assertThat(reply).as(step.words()).isNotEmpty();
			assertThat(reply.get(0)).as(step.words()).startsWith(tag(step.about()) + "\n");
		}

		// what was done, as the replies said
		assertThat(records.find(third).state()).isEqualTo(HandoverState.CANCELLED);
		assertThat(directory.official(records.find(fourth).successorId()).name()).isEqualTo("冯新任");
		// replies about all of them stay unheaded
		assertThat(chat.say(organizer, "我的待办").get(0)).doesNotStartWith("【交接");
	}

	private String tag(long id) {
		HandoverBrief b = handovers.brief(id);
		return "【交接" + id + " " + b.unitName() + " " + b.departingName() + "→" + b.successorName() + "】";
	}

	private long open(long unitId, long departing, long successor) {
		return handovers
			.open(actors.of(org.organizer), new OpenRequest(unitId, departing, successor, HandoverReason.TRANSFER))
			.id();
	}

	private List<HandoverBrief> running() {
		return handovers.list(actors.of(org.organizer), HandoverFilter.running(50));
	}

	private static String user(long official) {
		return "np22-" + official;
	}

}
