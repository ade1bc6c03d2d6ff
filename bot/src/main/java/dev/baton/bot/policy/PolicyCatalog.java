package dev.baton.bot.policy;

import java.util.List;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import org.springframework.stereotype.Service;

/**
 * The handover policies as people choose among them (#13, newcomer 4: 1): what each sets,
 * for the organizers who open handovers and the administrators who set a unit's policy
 * ({@link Action#VIEW_POLICIES}). Read only.
 */
@Service
public class PolicyCatalog {

	private final Policies policies;

	private final Access access;

	PolicyCatalog(Policies policies, Access access) {
		this.policies = policies;
		this.access = access;
	}

	public List<HandoverPolicy> list(Actor actor) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		return policies.all();
	}

	/**
	 * @throws dev.baton.bot.system.NotFoundException {@code error.notFound.policy} for a
	 * code no policy has
	 */
	public HandoverPolicy one(Actor actor, String code) {
		access.require(actor, Action.VIEW_POLICIES, Subject.ROOT);
		return policies.byCode(code);
	}

}
