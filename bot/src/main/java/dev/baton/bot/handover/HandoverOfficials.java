package dev.baton.bot.handover;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The names and posts a handover's record keeps of the people it names (#15, newcomer 7:
 * the verification page showed the departing official's title of today, not the post
 * handed over). The parties are kept when the handover opens, everyone else its documents
 * name when it is archived; a person kept is never kept again, so what the record says of
 * them does not change. Records archived before this existed keep nothing: their readers
 * fall back on the directory.
 */
@Component
public class HandoverOfficials {

	private final HandoverOfficialMapper mapper;

	HandoverOfficials(HandoverOfficialMapper mapper) {
		this.mapper = mapper;
	}

	/** Keeps the name and post of each official not kept yet for this handover. */
	public void keep(long handoverId, Collection<Long> officialIds) {
		for (long id : new TreeSet<>(officialIds)) {
			mapper.keep(handoverId, id);
		}
	}

	/**
	 * What the record keeps, by official id in id order; empty for a record that keeps
	 * nothing.
	 */
	public Map<Long, HandoverOfficial> of(long handoverId) {
		Map<Long, HandoverOfficial> out = new LinkedHashMap<>();
		for (HandoverOfficial o : mapper.of(handoverId)) {
			out.put(o.officialId(), o);
		}
		return out;
	}

	/** The same, as a list in id order (the digest's form). */
	public List<HandoverOfficial> list(long handoverId) {
		return mapper.of(handoverId);
	}

}
