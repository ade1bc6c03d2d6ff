package dev.baton.bot.console.directory;

import java.io.Serializable;

import dev.baton.bot.roster.RosterFile;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

/**
 * The roster a person checked in the console, kept in their session (a temporary file
 * readable by this process only) until they apply it, check another, sign out or their
 * session ends: then its file is deleted. Applying imports this very file, and only when
 * the SHA-256 the report showed is still its own.
 */
final class HeldRoster implements HttpSessionBindingListener, Serializable {

	static final String ATTRIBUTE = HeldRoster.class.getName();

	private static final long serialVersionUID = 1L;

	/**
	 * Absent after the session was stored and read back: the file stayed with the process
	 * that received it.
	 */
	private final transient RosterFile file;

	private final String fileName;

	private HeldRoster(RosterFile file, String fileName) {
		this.file = file;
		this.fileName = fileName;
	}

	/** Keeps the file for this session, in place of (and deleting) one kept before. */
	static void keep(HttpSession session, RosterFile file, String fileName) {
		session.setAttribute(ATTRIBUTE, new HeldRoster(file, fileName));
	}

	/** The file kept for this session, if it is the one with this SHA-256. */
	static RosterFile held(HttpSession session, String sha256) {
		Object held = session == null ? null : session.getAttribute(ATTRIBUTE);
		if (held instanceof HeldRoster roster && roster.file != null && roster.file.sha256().equals(sha256)) {
			return roster.file;
		}
		return null;
	}

	static String fileName(HttpSession session) {
		return session != null && session.getAttribute(ATTRIBUTE) instanceof HeldRoster roster ? roster.fileName : null;
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	@Override
	public void valueUnbound(HttpSessionBindingEvent event) {
		if (file != null) {
			file.close();
		}
	}

}
