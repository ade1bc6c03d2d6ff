package dev.baton.bot.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactDirectory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The platform org charts Baton may read: every {@link ContactDirectory} in the
 * application, whether registered as a bean of its own or in a list of them (one per
 * configured app), found by platform and corp; and the configured sync sources, each with
 * its org chart.
 */
@Component
public class SyncSources {

	private final SyncProperties properties;

	private final ListableBeanFactory beans;

	private volatile List<ContactDirectory> directories;

	SyncSources(SyncProperties properties, ListableBeanFactory beans) {
		this.properties = properties;
		this.beans = beans;
	}

	/**
	 * A configured source and its org chart ({@code contacts} null when no app of that
	 * platform and corp reads it).
	 */
	public record Source(String name, Platform platform, String corpId, String unitCode, ContactDirectory contacts) {
	}

	public List<Source> all() {
		return properties.sources().stream().map(this::resolve).toList();
	}

	/**
	 * The source by the name the REST API uses
	 * ({@code /api/directory/sync/{platform}/{name}}).
	 */
	public Optional<Source> named(Platform platform, String name) {
		return properties.sources()
			.stream()
			.filter(s -> s.platform() == platform && s.name().equals(name))
			.findFirst()
			.map(this::resolve);
	}

	/** The source that syncs this corp, if one does. */
	public Optional<Source> forCorp(Platform platform, String corpId) {
		return properties.sources()
			.stream()
			.filter(s -> s.platform() == platform && s.corpId().equals(corpId))
			.findFirst()
			.map(this::resolve);
	}

	/**
	 * The org chart of a corp on a platform, whether or not it is synced (the unbound
	 * person is looked up in it).
	 */
	public Optional<ContactDirectory> contacts(Platform platform, String corpId) {
		return directories().stream()
			.filter(d -> d.platform() == platform && corpId != null && corpId.equals(d.corpId()))
			.findFirst();
	}

	private Source resolve(SyncProperties.Source s) {
		return new Source(s.name(), s.platform(), s.corpId(), s.unitCode(),
				contacts(s.platform(), s.corpId()).orElse(null));
	}

	private List<ContactDirectory> directories() {
		List<ContactDirectory> known = directories;
		if (known == null) {
			List<ContactDirectory> found = new ArrayList<>(beans.getBeansOfType(ContactDirectory.class).values());
			for (Object collection : beans.getBeansOfType(Collection.class).values()) {
				for (Object element : (Collection<?>) collection) {
					if (element instanceof ContactDirectory d && !found.contains(d)) {
						found.add(d);
					}
				}
			}
			known = List.copyOf(found);
			directories = known;
		}
		return known;
	}

	/** {@code dingtalk} or {@code wecom} in a URL. */
	static Optional<Platform> platform(String name) {
		try {
			Platform p = Platform.valueOf(name.toUpperCase(Locale.ROOT));
			return p == Platform.WEB ? Optional.empty() : Optional.of(p);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
