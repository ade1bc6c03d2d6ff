package dev.baton.bot.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import dev.baton.bot.directory.IdentityBinding;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.RoleAssignment;

/**
 * What the planner reads from the directory, in bulk and in chunks (IN lists of at most
 * {@link #CHUNK}).
 */
final class DirectoryReads {

	/**
	 * Rows per IN list and per multi-row statement: well under every server's limit on
	 * placeholders.
	 */
	static final int CHUNK = 500;

	private final RosterMapper mapper;

	DirectoryReads(RosterMapper mapper) {
		this.mapper = mapper;
	}

	List<OrgUnit> allUnits() {
		return mapper.allUnits();
	}

	List<Official> officialsInUnits(Collection<Long> unitIds) {
		return chunked(unitIds, mapper::officialsInUnits);
	}

	List<Official> officialsByMobiles(Collection<String> mobiles) {
		return chunked(mobiles, mapper::officialsByMobiles);
	}

	List<IdentityBinding> identitiesOf(Collection<Long> officialIds) {
		return chunked(officialIds, mapper::identitiesOf);
	}

	List<IdentityBinding> identitiesByUsers(String platform, String corpId, Collection<String> userIds) {
		return chunked(userIds, chunk -> mapper.identitiesByUsers(platform, corpId, chunk));
	}

	List<RoleAssignment> rolesOf(Collection<Long> officialIds) {
		return chunked(officialIds, mapper::rolesOf);
	}

	static <T> List<List<T>> chunks(Collection<T> items) {
		List<T> all = List.copyOf(items);
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static <K, T> List<T> chunked(Collection<K> keys, Function<List<K>, List<T>> read) {
		List<T> found = new ArrayList<>();
		for (List<K> chunk : chunks(keys)) {
			found.addAll(read.apply(chunk));
		}
		return found;
	}

}
