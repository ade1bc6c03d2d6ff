package dev.baton.emulator.media;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary media an app uploaded (WeCom {@code media/upload}, DingTalk
 * {@code media/upload}), by media id: the file as the platform keeps it, for messages
 * that name it and for tests to read what a person received.
 */
public final class MediaStore {

	/**
	 * One upload: who uploaded it, its type (file, image…), the file name people see, and
	 * its bytes.
	 */
	public record Media(String mediaId, String app, String type, String fileName, byte[] bytes, long uploadedAtMillis) {
	}

	private final Map<String, Media> media = new ConcurrentHashMap<>();

	public Media put(String app, String type, String fileName, byte[] bytes, long nowMillis, String idPrefix) {
		String id = idPrefix + UUID.randomUUID().toString().replace("-", "");
		Media m = new Media(id, app, type, fileName, bytes, nowMillis);
		media.put(id, m);
		return m;
	}

	public Optional<Media> get(String mediaId) {
		return mediaId == null ? Optional.empty() : Optional.ofNullable(media.get(mediaId));
	}

	public int size() {
		return media.size();
	}

	public void clear() {
		media.clear();
	}

}
