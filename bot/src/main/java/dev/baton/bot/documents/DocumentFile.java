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
		return contentDisposition(fileName, asciiName);
	}

	/**
	 * A download's Content-Disposition: {@code filename} a readable ASCII name for old
	 * clients, {@code filename*} the name people see, in UTF-8 (RFC 6266, RFC 5987). A
	 * blank ASCII name becomes {@code download} with the name's extension.
	 */
	public static String contentDisposition(String fileName, String asciiName) {
		String ascii = ascii(asciiName).replaceAll("^[._-]+", "");
		int dot = ascii.lastIndexOf('.');
		if (!(dot < 0 ? ascii : ascii.substring(0, dot)).matches(".*[A-Za-z0-9].*")) {
			int extension = fileName.lastIndexOf('.');
			ascii = "download" + (extension < 0 ? "" : ascii(fileName.substring(extension)));
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
	}

	/** Letters, digits, dot, dash and underscore only. */
	public static String ascii(String text) {
		return text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "");
	}

}
