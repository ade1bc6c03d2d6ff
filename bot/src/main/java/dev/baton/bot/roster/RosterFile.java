package dev.baton.bot.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded roster, kept in a temporary file (readable by this process only) while it
 * is read, with its SHA-256. POI reads a file on disk part by part, so a large upload is
 * never held in memory whole. Closing deletes it.
 */
public final class RosterFile implements AutoCloseable {

	private final Path path;

	private final String sha256;

	private RosterFile(Path path, String sha256) {
		this.path = path;
		this.sha256 = sha256;
	}

	/**
	 * Copies the body into a temporary file. The caller's stream enforces the size limit
	 * (it fails as soon as the body passes it), so nothing over the limit is ever kept.
	 */
	public static RosterFile receive(InputStream body) throws IOException {
		Path path = Files.createTempFile("baton-roster-", ".xlsx");
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(path)) {
				in.transferTo(out);
			}
			return new RosterFile(path, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(path);
			throw ex;
		}
		catch (NoSuchAlgorithmException ex) {
			Files.deleteIfExists(path);
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	Path path() {
		return path;
	}

	public String sha256() {
		return sha256;
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
