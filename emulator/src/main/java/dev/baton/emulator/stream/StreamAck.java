package dev.baton.emulator.stream;

/**
 * A client's answer to a pushed frame.
 *
 * @param code 200 OK, 404 topic not supported, 500 client error
 * @param data the ACK's {@code data} string, e.g. {@code {"response":null}}
 */
public record StreamAck(String messageId, int code, String message, String data, long receivedAtMillis) {
}
