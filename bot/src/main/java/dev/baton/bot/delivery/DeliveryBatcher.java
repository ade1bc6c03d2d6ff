package dev.baton.bot.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.time.Duration;
import java.util.function.Function;

import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.chat.ChatPlatform;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2: pending deliveries with identical content for one platform and corp go into
 * batches of at most the platform's users per call, so a fan-out takes the fewest calls;
 * a message to a chat group is a batch of its own. A batch's recipients are sorted and
 * written down with it: resending it after a crash repeats the identical request.
 */
public class DeliveryBatcher {

	private final DeliveryMapper mapper;

	private final ChatPlatforms platforms;

	private final TimeSource time;

	private final SharedState state;

	private final Function<Platform, RateLimit> memberLimits;

	/**
	 * @param memberLimits how many messages one person may get from an app in a period
	 * (WeCom drops what is over 30 a minute without an error); null for no limit on that
	 * platform
	 */
	DeliveryBatcher(DeliveryMapper mapper, ChatPlatforms platforms, TimeSource time, SharedState state,
			Function<Platform, RateLimit> memberLimits) {
		this.mapper = mapper;
		this.platforms = platforms;
		this.time = time;
		this.state = state;
		this.memberLimits = memberLimits;
	}

	/**
	 * What deliveries are batched together by: platform, corp, kind of target, content.
	 */
	static String contentOf(Platform platform, String corpId, TargetKind targetKind, String contentKey) {
		return platform + "|" + corpId + "|" + targetKind + "|" + contentKey;
	}

	/**
	 * @return how many deliveries were put in batches or dead-lettered
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int batch(int limit) {
		return batch(limit, java.util.Set.of());
	}

	/**
	 * As {@link #batch(int)}, except that for the contents named in {@code unfinished}
	 * (keys of {@link #contentOf}: a fan-out whose expansion is still going on) a last
	 * batch smaller than a call takes is not made: its deliveries wait for the rest of
	 * their fan-out, so a fan-out expanded over several rounds still takes the fewest
	 * calls.
	 * @return how many deliveries were claimed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int batch(int limit, java.util.Set<String> unfinished) {
		List<PendingDelivery> pending = mapper.claimPending(time.now(), limit);
		Map<String, List<PendingDelivery>> byContent = new LinkedHashMap<>();
		for (PendingDelivery d : pending) {
			byContent
				.computeIfAbsent(contentOf(d.platform(), d.corpId(), d.targetKind(), d.contentKey()),
						k -> new ArrayList<>())
				.add(d);
		}
		for (Map.Entry<String, List<PendingDelivery>> content : byContent.entrySet()) {
			List<PendingDelivery> same = content.getValue();
			PendingDelivery first = same.get(0);
			ChatPlatform platform = platforms.get(first.platform(), first.corpId());
			boolean groups = first.targetKind() == TargetKind.GROUP;
			// a group message goes to one group a call
			int max = groups ? 1 : platform == null ? same.size() : platform.maxUsersPerCall();
			// one delivery per user within a batch, users sorted: the request is the same
			// every time it is built
			TreeMap<String, Long> byUser = new TreeMap<>();
			same.forEach(d -> byUser.putIfAbsent(d.userId(), d.id()));
			java.util.Set<String> heldUsers = unfinished.contains(content.getKey()) ? holdPartialTail(byUser, max)
					: java.util.Set.of();
			java.util.Set<Long> waiting = same.stream()
				.filter(d -> heldUsers.contains(d.userId()))
				.map(PendingDelivery::id)
				.collect(java.util.stream.Collectors.toSet());
			java.util.Set<Long> deferred = groups ? java.util.Set.of() : deferMembersOverTheirLimit(first, byUser);
			List<Map.Entry<String, Long>> users = new ArrayList<>(byUser.entrySet());
			for (int from = 0; from < users.size(); from += max) {
				List<Map.Entry<String, Long>> chunk = users.subList(from, Math.min(from + max, users.size()));
				DeliveryMapper.BatchRow row = new DeliveryMapper.BatchRow();
				row.platform = first.platform();
				row.corpId = first.corpId();
				row.targetKind = first.targetKind();
				row.contentKey = first.contentKey();
				row.body = first.body();
				row.recipients = String.join("|", chunk.stream().map(Map.Entry::getKey).toList());
				row.size = chunk.size();
				row.at = time.now();
				mapper.insertBatch(row);
				mapper.assignBatch(row.id, chunk.stream().map(Map.Entry::getValue).toList());
			}
			// a set, not byUser.containsValue: that is a scan per delivery, quadratic in
			// a
			// round's fan-out
			java.util.Set<Long> batchedIds = new java.util.HashSet<>(byUser.values());
			List<Long> duplicates = same.stream()
				.filter(d -> !batchedIds.contains(d.id()) && !deferred.contains(d.id()) && !waiting.contains(d.id()))
				.map(PendingDelivery::id)
				.toList();
			if (!duplicates.isEmpty()) {
				// the same user twice for the same content: one message covers both
				DeliveryMapper.BatchRow covered = new DeliveryMapper.BatchRow();
				covered.platform = first.platform();
				covered.corpId = first.corpId();
				covered.targetKind = first.targetKind();
				covered.contentKey = first.contentKey();
				covered.body = first.body();
				covered.recipients = "";
				covered.size = 0;
				covered.at = time.now();
				mapper.insertBatch(covered);
				mapper.assignBatch(covered.id, duplicates);
				mapper.finishBatch(covered.id, "SENT", "covered by another batch with the same content", time.now());
				mapper.markDeliveries(covered.id, null, "SENT", "covered by another batch with the same content",
						time.now());
			}
		}
		return pending.size();
	}

	/**
	 * Takes the users of a last batch smaller than {@code max} out of {@code byUser} and
	 * returns them: their deliveries of this content stay pending, for the next round's
	 * claim to batch with the rest of the fan-out.
	 */
	private static java.util.Set<String> holdPartialTail(TreeMap<String, Long> byUser, int max) {
		int tail = byUser.size() % max;
		java.util.Set<String> held = new java.util.HashSet<>();
		for (int i = 0; i < tail; i++) {
			held.add(byUser.pollLastEntry().getKey());
		}
		return held;
	}

	/**
	 * A person over the platform's per-member limit waits in the queue instead of joining
	 * a batch: the platform would drop the message silently. Checked when the batch is
	 * formed, so a batch sent again after a crash is unchanged; every member of the
	 * content in one round trip to the shared state (one per member was most of a big
	 * fan-out's batching, BENCHMARKS.md P3).
	 */
	private java.util.Set<Long> deferMembersOverTheirLimit(PendingDelivery first, TreeMap<String, Long> byUser) {
		java.util.Set<Long> deferred = new java.util.HashSet<>();
		RateLimit limit = memberLimits.apply(first.platform());
		if (limit == null || byUser.isEmpty()) {
			return deferred;
		}
		String prefix = "member:" + first.platform() + ":" + first.corpId() + ":";
		List<String> users = new ArrayList<>(byUser.keySet());
		List<Duration> waits = state.acquireEach(users.stream().map(user -> prefix + user).toList(), limit);
		for (int i = 0; i < users.size(); i++) {
			if (!waits.get(i).isZero()) {
				Long id = byUser.remove(users.get(i));
				mapper.deferDelivery(id, time.now().plus(waits.get(i)), "over the platform's per-member limit");
				deferred.add(id);
			}
		}
		return deferred;
	}

}
