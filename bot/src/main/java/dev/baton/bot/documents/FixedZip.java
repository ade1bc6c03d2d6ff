package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An Office file (.docx, .xlsx: a zip package) made by POI, written again with every
 * entry dated the record's archive time: POI dates the entries with the clock when it
 * writes them, so two downloads of the same record differed (newcomer 13). The entries,
 * their order and contents are kept as POI made them; only their time changes. The JDK's
 * zip streams do the reading and writing.
 */
final class FixedZip {

	private FixedZip() {
	}

	static byte[] dated(byte[] zip, LocalDateTime time) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
					ZipEntry copy = new ZipEntry(e.getName());
					copy.setTimeLocal(time);
					out.putNextEntry(copy);
					in.transferTo(out);
					out.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
