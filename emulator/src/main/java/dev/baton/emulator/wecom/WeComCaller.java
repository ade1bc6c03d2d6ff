package dev.baton.emulator.wecom;

import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;

/**
 * Who presented an access token: a self-built app (its visible range applies) or the
 * corp's contact-sync helper.
 */
record WeComCaller(String corpId, WeComApp app, WeComContactSync contactSync) {

	static WeComCaller of(WeComApp app) {
		return new WeComCaller(app.corpId(), app, null);
	}

	static WeComCaller of(WeComContactSync contactSync) {
		return new WeComCaller(contactSync.corpId(), null, contactSync);
	}

	boolean isContactSync() {
		return contactSync != null;
	}

	String id() {
		return app != null ? app.id() : contactSync.id();
	}
}
