package dev.baton.bot.directory;

import java.util.List;

/**
 * A unit in a tree of units, with the units directly below it and the policy it follows:
 * {@code unit.policyCode()} is its own (null where it inherits); {@code effectivePolicy}
 * is its own, else its nearest ancestor's (that unit is {@code policyFromUnitId}), else
 * {@link Directory#DEFAULT_POLICY} ({@code policyFromUnitId} null).
 */
public record UnitNode(OrgUnit unit, String effectivePolicy, Long policyFromUnitId, List<UnitNode> children) {
}
