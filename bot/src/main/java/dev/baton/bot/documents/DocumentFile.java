package dev.baton.bot.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A made file: its name as people see it, its media type, its bytes, and a name in plain
 * ASCII that still says what it is (ledger-360100-2026-12-05.xlsx) for a client that
 * cannot read the Chinese name (newcomer 13: the fallback was ____-____-2026-12-05.xlsx).
 */
public record DocumentFile(String fileName, String contentType, byte[] bytes, String asciiName) {

	/** A file whose ASCII name is its name with every other character left out. */
	public DocumentFile(String fileName, String contentType, byte[] bytes) {
		this(fileName, contentType, bytes, ascii(fileName));
	}

	/**
	 * The Content-Disposition of a download: the ASCII name as {@code filename}, the
	 * Chinese name as {@code filename*} (RFC 6266), which browsers prefer.
	 */
	public String contentDisposition() {
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Letters, digits, dot, dash and underscore only. */
	public static String ascii(String text) {
		return text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "");
	}

}
