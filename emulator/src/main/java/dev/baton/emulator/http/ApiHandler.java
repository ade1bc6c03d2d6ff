package dev.baton.emulator.http;

/** Serves one {@link dev.baton.emulator.Api}; throws {@link ApiError} to refuse. */
@FunctionalInterface
public interface ApiHandler {

	ApiResponse handle(ApiRequest request);

}
