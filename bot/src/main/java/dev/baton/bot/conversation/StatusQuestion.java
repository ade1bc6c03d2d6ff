package dev.baton.bot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.integrations.chat.OutboundMessage;

/**
 * An item whose status nobody said, in a section with no default: Baton asks with a card
 * ([已完成][推进中][未启动][现状]). A press is "第N项状态改为…"; so is a reply that is only one of the
 * buttons' words ("推进中", "是现状"), while the question is open: the answer to a closed
 * question of our own, read here. Anything more is not taken as the answer (it is likely
 * the next item), and the question stays open.
 */
final class StatusQuestion {

	/** Card verbs, in the order of the buttons. */
	static final Map<String, ItemStatus> VERBS = new LinkedHashMap<>();

	static {
		VERBS.put("stdone", ItemStatus.DONE);
		VERBS.put("stgoing", ItemStatus.IN_PROGRESS);
		VERBS.put("stnew", ItemStatus.NOT_STARTED);
		VERBS.put("sthand", ItemStatus.ON_HAND);
	}

	/**
	 * The answers to this question, as words for each button (checked in this order: 未启动
	 * before 启动).
	 */
	private static final Map<ItemStatus, Pattern> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(ItemStatus.NOT_STARTED, Pattern.compile("未启动|未开始|没启动|没开始|not started", Pattern.CASE_INSENSITIVE));
		WORDS.put(ItemStatus.ON_HAND, Pattern.compile("现状|在册|现有|存量|家底|on hand", Pattern.CASE_INSENSITIVE));
		WORDS.put(ItemStatus.IN_PROGRESS, Pattern.compile("推进中|进行中|正在推进|推进|in progress", Pattern.CASE_INSENSITIVE));
		WORDS.put(ItemStatus.DONE, Pattern.compile("已完成|完成|办结|done|finished", Pattern.CASE_INSENSITIVE));
	}

	/** What may stand around a status word in a one-word answer. */
	private static final Pattern FILLER = Pattern
		.compile("已经|已|状态|属于|处于|是|为|的|了|目前|现在|还|在|都|就|吧|啊|呢|嗯|it is|it's|[\\s,，.。:：!！~～]", Pattern.CASE_INSENSITIVE);

	private static final Pattern STATUS_WORDS = Pattern
		.compile("未启动|未开始|没启动|没开始|现状|在册|现有|存量|家底|已完成|完成|办结|推进中|进行中|正在推进|推进"
				+ "|done|finished|in progress|not started|on hand", Pattern.CASE_INSENSITIVE);

	private StatusQuestion() {
	}

	static Answer ask(Turn turn, Item item, String lead) {
		DialogState next = turn.dialog().asking(DialogState.Pending.ITEM_STATUS, item.seq());
		return new Answer(List.of(new OutboundMessage.Text(lead), card(turn, item, "status")), next);
	}

	/**
	 * The reply, then the question about the item's status with its card (#12, newcomer
	 * 5, findings 5 and 6: after a correction of an item whose status nobody said, or a
	 * move into a section of unfinished work).
	 */
	static Answer after(Turn turn, Item item, Answer reply, String line) {
		// an item that has a status (现状, moved into unfinished work) is asked again: a
		// card of its own kind, which its
		// status already said does not answer
		Answer said = reply.followedBy(line).and(card(turn, item, item.status() == null ? "status" : "restatus"));
		return new Answer(said.messages(), reply.next().asking(DialogState.Pending.ITEM_STATUS, item.seq()),
				said.proposals());
	}

	/**
	 * The reply, then the status card again while its question is open (the item's status
	 * still unsaid), so the person keeps its buttons after a message that was not the
	 * answer; the reply alone otherwise.
	 */
	static Answer keptOpen(Turn turn, java.util.function.BiFunction<Turn, Integer, Item> items, Answer reply) {
		Integer seq = turn.dialog().item();
		if (turn.dialog().pending() != DialogState.Pending.ITEM_STATUS || seq == null) {
			return reply;
		}
		Item item = items.apply(turn, seq);
		if (item == null || item.status() != null) {
			return reply;
		}
		return new Answer(reply.and(card(turn, item, "status")).messages(), turn.dialog(), reply.proposals());
	}

	private static OutboundMessage.Card card(Turn turn, Item item, String kind) {
		Texts t = turn.texts();
		long h = turn.handover().id();
		List<OutboundMessage.Button> buttons = VERBS.entrySet()
			.stream()
			.map(e -> new OutboundMessage.Button(t.get("conv.itemStatus." + e.getValue()),
					Cards.action(e.getKey(), h, item.seq())))
			.toList();
		String body = t.get("conv.status.ask", item.seq(), item.title());
		return new OutboundMessage.Card(Cards.id(kind, h, item.seq()), t.get("conv.status.cardTitle", item.seq()), body,
				buttons, body + "\n" + t.get("conv.status.textFallback", item.seq()));
	}

	/**
	 * The status a reply to the question says (one of the buttons' words, with nothing
	 * else but fillers: "推进中", "是现状", "已经完成了"), or null when the reply says more (likely
	 * the next item) or nothing of the kind.
	 */
	static ItemStatus answer(String raw) {
		if (raw == null) {
			return null;
		}
		String rest = FILLER.matcher(STATUS_WORDS.matcher(raw).replaceAll("")).replaceAll("");
		if (!rest.isEmpty()) {
			// the grammar's words for it, said alone (#12, newcomer 3: "还没办", "尚未办理")
			return dev.baton.bot.conversation.grammar.EntryTalk.statusAlone(raw);
		}
		for (Map.Entry<ItemStatus, Pattern> words : WORDS.entrySet()) {
			if (words.getValue().matcher(raw).find()) {
				return words.getKey();
			}
		}
		return null;
	}

}
