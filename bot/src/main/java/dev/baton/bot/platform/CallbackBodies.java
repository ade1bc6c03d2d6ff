package dev.baton.bot.platform;

import java.io.IOException;
import java.io.InputStream;

import dev.baton.integrations.chat.CallbackLimits;
import dev.baton.integrations.chat.CallbackRejected;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a callback body, never more than the limit plus one byte, whatever Content-Length
 * claims.
 */
final class CallbackBodies {

	private CallbackBodies() {
	}

	static byte[] read(HttpServletRequest request) {
		long declared = request.getContentLengthLong();
		if (declared > CallbackLimits.MAX_BODY_BYTES) {
			throw new CallbackRejected(413, "body of " + declared + " bytes is over the limit");
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(CallbackLimits.MAX_BODY_BYTES + 1);
			CallbackLimits.requireSize(body);
			return body;
		}
		catch (IOException ex) {
			throw new CallbackRejected(400, "body could not be read", ex);
		}
	}

}
