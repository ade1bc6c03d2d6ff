package dev.baton.bot.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.baton.integrations.chat.ChatPlatform;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import dev.baton.integrations.chat.Target;

/**
 * A platform double at the edge: records every call and answers as told (delivered, some
 * recipients invalid or throttled, a transient or permanent failure). The platforms
 * themselves are tested against the emulator.
 */
class RecordingPlatform implements ChatPlatform {

	record Call(String corpId, List<String> users, String text) {
	}

	final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Platform id;

	private final int max;

	private final Deque<Function<Call, SendResult>> script = new ArrayDeque<>();

	RecordingPlatform(Platform id, int max) {
		this.id = id;
		this.max = max;
	}

	/** The next calls answer with these, in order; after them every call is delivered. */
	synchronized void then(Function<Call, SendResult> answer) {
		script.add(answer);
	}

	synchronized void reset() {
		calls.clear();
		script.clear();
	}

	@Override
	public Platform id() {
		return id;
	}

	@Override
	public int maxUsersPerCall() {
		return max;
	}

	@Override
	public SendResult send(Target target, OutboundMessage message) {
		Target.Users users = (Target.Users) target;
		Call call = new Call(users.corpId(), users.userIds(), message.fallbackText());
		calls.add(call);
		Function<Call, SendResult> answer;
		synchronized (this) {
			answer = script.poll();
		}
		return answer == null ? SendResult.delivered("m" + calls.size()) : answer.apply(call);
	}

	@Override
	public void updateCard(InboundEvent.CardAction pressed, String outcome) {
		throw new UnsupportedOperationException("not used by delivery");
	}

}
