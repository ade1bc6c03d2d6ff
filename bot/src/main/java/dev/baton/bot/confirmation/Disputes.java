package dev.baton.bot.confirmation;

import java.util.List;

import org.springframework.stereotype.Component;

/** Reading a handover's disputes and rulings, for the other features. */
@Component
public class Disputes {

	private final DisputeMapper mapper;

	Disputes(DisputeMapper mapper) {
		this.mapper = mapper;
	}

	public List<Dispute> forHandover(long handoverId) {
		return mapper.forHandover(handoverId);
	}

}
