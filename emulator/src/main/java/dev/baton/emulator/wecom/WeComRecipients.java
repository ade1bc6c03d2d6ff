package dev.baton.emulator.wecom;

import dev.baton.emulator.account.Directory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code touser} list resolved against the corp's members: who exists and who does not.
 */
record WeComRecipients(List<String> named, List<String> valid, List<String> invalid) {

	static List<String> split(String piped) {
		if (piped == null || piped.isBlank()) {
			return List.of();
		}
		return Arrays.stream(piped.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static WeComRecipients resolve(List<String> named, Directory directory) {
		Set<String> valid = new LinkedHashSet<>();
		Set<String> invalid = new LinkedHashSet<>();
		for (String id : named) {
			directory.user(id).ifPresentOrElse(valid::add, () -> invalid.add(id.toLowerCase(Locale.ROOT)));
		}
		return new WeComRecipients(named, new ArrayList<>(valid), new ArrayList<>(invalid));
	}
}
