package dev.baton.emulator.wecom;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.MultipartForm;
import dev.baton.emulator.media.MediaStore;

/**
 * {@code POST /cgi-bin/media/upload?type=}: a temporary media upload, multipart/form-data
 * with the file in the part named {@code media}, its {@code filename} the name people
 * see. WeCom's limits: every file larger than 5 bytes; image 10 MB (JPG, PNG), voice 2 MB
 * (AMR), video 10 MB (MP4), file 20 MB. Answers {@code type}, {@code media_id} (good for
 * three days, shared by the corp's apps) and {@code created_at}.
 */
final class MediaUploadHandler implements ApiHandler {

	static final Set<String> TYPES = Set.of("image", "voice", "video", "file");

	static final int INVALID_MEDIA_TYPE = 40004;
	static final int INVALID_FILE_TYPE = 40005;
	static final int INVALID_FILE_SIZE = 40006;
	static final int INVALID_MEDIA_ID = 40007;
	static final int EMPTY_MEDIA = 44001;

	private static final Map<String, Long> MAX_BYTES = Map.of("image", 10L << 20, "voice", 2L << 20, "video", 10L << 20,
			"file", 20L << 20);

	private static final Map<String, Set<String>> EXTENSIONS = Map.of("image", Set.of("jpg", "jpeg", "png"), "voice",
			Set.of("amr"), "video", Set.of("mp4"));

	private final WeComPlatform platform;

	private final WeComAuth auth;

	MediaUploadHandler(WeComPlatform platform, WeComAuth auth) {
		this.platform = platform;
		this.auth = auth;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		WeComApp app = auth.authenticate(request);
		auth.admit(request);
		String type = request.query("type");
		if (type == null || !TYPES.contains(type)) {
			throw WeComErrors.of(INVALID_MEDIA_TYPE, "invalid media type");
		}
		MultipartForm.Part media = MultipartForm.of(request)
			.flatMap(f -> f.part("media"))
			.orElseThrow(() -> WeComErrors.of(EMPTY_MEDIA, "empty media data"));
		String name = media.fileName();
		if (name == null || name.isBlank()) {
			throw WeComErrors.of(INVALID_FILE_TYPE, "invalid file type: no filename");
		}
		Set<String> allowed = EXTENSIONS.get(type);
		if (allowed != null && !allowed.contains(extension(name))) {
			throw WeComErrors.of(INVALID_FILE_TYPE, "invalid file type");
		}
		if (media.bytes().length <= 5 || media.bytes().length > MAX_BYTES.get(type)) {
			throw WeComErrors.of(INVALID_FILE_SIZE, "invalid file size");
		}
		MediaStore.Media stored = platform.media()
			.put(app.id(), type, name, media.bytes(), platform.clock().millis(), "3");
		ObjectNode answer = ApiResponse.ok();
		answer.put("type", type);
		answer.put("media_id", stored.mediaId());
		answer.put("created_at", Long.toString(stored.uploadedAtMillis() / 1000));
		return ApiResponse.json(answer);
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
