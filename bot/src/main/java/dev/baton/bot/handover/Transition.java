package dev.baton.bot.handover;

/**
 * A state change the {@link Handover} made: {@link HandoverRecords#moved} saves and
 * audits it.
 */
public record Transition(HandoverState from, HandoverState to) {
}
