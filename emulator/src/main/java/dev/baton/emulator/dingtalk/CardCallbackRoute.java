package dev.baton.emulator.dingtalk;

/**
 * Where HTTP card callbacks of a route key go, and the secret that signs them (null:
 * unsigned).
 */
public record CardCallbackRoute(String routeKey, String callbackUrl, String apiSecret) {
}
