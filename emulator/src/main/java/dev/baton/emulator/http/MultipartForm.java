package dev.baton.emulator.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * A {@code multipart/form-data} body read with Apache James mime4j: each part by its form
 * name, with the file name its Content-Disposition gives (UTF-8 as the platforms' SDKs
 * send it, or RFC 5987 {@code filename*}) and its bytes.
 */
public final class MultipartForm {

	private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");

	private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename=\"([^\"]*)\"");

	private static final Pattern FILENAME_STAR = Pattern.compile("(?i)(?:^|;)\\s*filename\\*=(?:UTF-8'[^']*')?([^;]+)");

	/**
	 * One part: its form name, the file name given (null for a plain field), its content
	 * type and bytes.
	 */
	public record Part(String name, String fileName, String contentType, byte[] bytes) {
	}

	private final Map<String, Part> parts;

	private MultipartForm(Map<String, Part> parts) {
		this.parts = parts;
	}

	public Optional<Part> part(String name) {
		return Optional.ofNullable(parts.get(name));
	}

	/**
	 * Empty when the request is not multipart/form-data or its body cannot be read as
	 * such.
	 */
	public static Optional<MultipartForm> of(ApiRequest request) {
		String contentType = request.header("Content-Type").orElse("");
		if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
				|| !contentType.toLowerCase(java.util.Locale.ROOT).contains("boundary=")) {
			return Optional.empty();
		}
		MimeTokenStream stream = new MimeTokenStream(MimeConfig.custom()
			.setMaxLineLen(-1)
			.setMaxHeaderLen(-1)
			.setMaxHeaderCount(-1)
			.setMaxContentLen(-1)
			.build());
		stream.parseHeadless(new ByteArrayInputStream(request.body()), contentType);
		Map<String, Part> parts = new LinkedHashMap<>();
		try {
			String disposition = null;
			String type = null;
			for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
				if (state == EntityState.T_START_BODYPART) {
					disposition = null;
					type = null;
				}
				else if (state == EntityState.T_FIELD) {
					String raw = new String(stream.getField().getRaw().toByteArray(), StandardCharsets.UTF_8);
					int colon = raw.indexOf(':');
					String fieldName = colon < 0 ? raw : raw.substring(0, colon).trim();
					String value = colon < 0 ? "" : raw.substring(colon + 1).replaceAll("\r?\n[ \t]", " ").trim();
					if (fieldName.equalsIgnoreCase("Content-Disposition")) {
						disposition = value;
					}
					else if (fieldName.equalsIgnoreCase("Content-Type")) {
						type = value;
					}
				}
				else if (state == EntityState.T_BODY && disposition != null) {
					byte[] bytes = stream.getDecodedInputStream().readAllBytes();
					String name = first(NAME, disposition);
					if (name != null) {
						parts.putIfAbsent(name, new Part(name, fileName(disposition), type, bytes));
					}
				}
			}
		}
		catch (IOException | MimeException | RuntimeException e) {
			return Optional.empty();
		}
		return Optional.of(new MultipartForm(parts));
	}

	private static String fileName(String disposition) {
		String star = first(FILENAME_STAR, disposition);
		if (star != null) {
			return URLDecoder.decode(star.trim(), StandardCharsets.UTF_8);
		}
		return first(FILENAME, disposition);
	}

	private static String first(Pattern p, String s) {
		Matcher m = p.matcher(s);
		return m.find() ? m.group(1) : null;
	}

}
