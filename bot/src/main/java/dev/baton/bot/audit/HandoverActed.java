package dev.baton.bot.audit;

/**
 * Something was done on a handover and audited, by whatever way it came (chat, console,
 * REST API, the system): published with the audit row, in the transaction that did it,
 * for what shows the handover's state elsewhere (the cards live in people's chats) to
 * catch up once it commits. It says only which handover; the record says what.
 */
public record HandoverActed(long handoverId) {
}
