package dev.baton.bot.documents;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The archive, close and cancel times of many handovers in one query (the ledger's
 * dates).
 */
@Component
public class ArchiveDateLookup {

	private final DocumentMapper mapper;

	ArchiveDateLookup(DocumentMapper mapper) {
		this.mapper = mapper;
	}

	public Map<Long, ArchiveDates> of(Collection<Long> ids) {
		Map<Long, ArchiveDates> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 500) {
			for (ArchiveDates d : mapper.archiveDates(all.subList(from, Math.min(all.size(), from + 500)))) {
				out.put(d.id(), d);
			}
		}
		return out;
	}

}
