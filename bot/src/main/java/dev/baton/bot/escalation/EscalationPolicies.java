package dev.baton.bot.escalation;

import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalation policies: parsed from their JSON, whether stored or snapshotted into a
 * handover.
 */
@Service
public class EscalationPolicies {

	private final Policies policies;

	private final JsonMapper json;

	EscalationPolicies(Policies policies, JsonMapper json) {
		this.policies = policies;
		this.json = json;
	}

	public EscalationPolicy parse(String body) {
		return json.readValue(body, EscalationPolicy.class);
	}

	/** The stored policy of that code, as a handover opened now would copy it. */
	public EscalationPolicy byCode(String code) {
		return parse(policies.escalationBody(code));
	}

	/**
	 * A handover's copy, or for handovers opened before escalation policies existed, the
	 * current default.
	 */
	public EscalationPolicy ofSnapshot(String snapshot) {
		return snapshot == null ? byCode(HandoverPolicy.DEFAULT_ESCALATION) : parse(snapshot);
	}

}
