package dev.baton.integrations.dingtalk;

import java.net.URI;
import java.util.Set;
import java.util.function.Function;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;

/**
 * Calls to DingTalk's new OpenAPI (api.dingtalk.com, robot and card clients of the
 * official SDK): the client configuration for the app's host, one retry with a fresh
 * token when DingTalk says the token is invalid, and DingTalk's error codes as transient
 * (throttled, busy, 5xx) or permanent.
 */
final class DingTalkOpenApi {

	private static final Set<String> TOKEN_INVALID = Set.of("InvalidAuthentication", "MissingxAcsDingtalkAccessToken");

	private final Config config;

	private final Function<Boolean, String> tokens;

	private final java.util.function.Consumer<String> counted;

	/**
	 * @param tokens the app's access token; {@code true} asks for a fresh one
	 */
	DingTalkOpenApi(DingTalkApp app, Function<Boolean, String> tokens) {
		this(app, tokens, what -> {
		});
	}

	/**
	 * @param counted told of each call made (what it is)
	 */
	DingTalkOpenApi(DingTalkApp app, Function<Boolean, String> tokens, java.util.function.Consumer<String> counted) {
		this.config = config(app.apiEndpoint());
		this.tokens = tokens;
		this.counted = counted;
	}

	/** "https://api.dingtalk.com", "http://127.0.0.1:8080" or a bare host (HTTPS). */
	static Config config(String endpoint) {
		Config config = new Config();
		if (endpoint.contains("://")) {
			URI uri = URI.create(endpoint);
			config.setProtocol(uri.getScheme());
			config.setEndpoint(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
		}
		else {
			config.setProtocol("https");
			config.setEndpoint(endpoint);
		}
		config.setConnectTimeout(3000);
		config.setReadTimeout(5000);
		return config;
	}

	Config config() {
		return config;
	}

	interface Call<T> {

		T run(String token) throws Exception;

	}

	<T> T call(String what, Call<T> call) {
		try {
			String token = tokens.apply(false);
			try {
				counted.accept(what);
				return call.run(token);
			}
			catch (TeaException ex) {
				if (ex.getCode() != null && TOKEN_INVALID.contains(ex.getCode())) {
					String fresh = tokens.apply(true);
					counted.accept(what);
					return call.run(fresh);
				}
				throw ex;
			}
		}
		catch (TeaException ex) {
			throw failure(what, ex);
		}
		catch (PlatformException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new PlatformException(Platform.DINGTALK, "io", what + ": " + ex.getMessage(), true, ex);
		}
	}

	static PlatformException failure(String what, TeaException ex) {
		String code = ex.getCode() == null ? "unknown" : ex.getCode();
		Integer status = ex.getStatusCode();
		boolean transientFailure = DingTalkErrors.transientOpenApi(code, status) || TOKEN_INVALID.contains(code);
		String words = code
			.contains("IpNotInWhiteList") || code.contains("ip") && String.valueOf(ex.getMessage()).contains("白名单")
					? "this server's IP is not in the app's IP whitelist (服务器出口IP): add it in the DingTalk developer console"
					: ex.getMessage();
		return new PlatformException(Platform.DINGTALK, code, what + ": " + words, transientFailure,
				DingTalkErrors.retryAfterOpenApi(code), ex);
	}

}
