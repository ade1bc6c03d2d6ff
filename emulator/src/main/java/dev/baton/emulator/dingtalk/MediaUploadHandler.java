package dev.baton.emulator.dingtalk;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.http.ApiHandler;
import dev.baton.emulator.http.ApiRequest;
import dev.baton.emulator.http.ApiResponse;
import dev.baton.emulator.http.MultipartForm;
import dev.baton.emulator.media.MediaStore;

/**
 * oapi {@code POST /media/upload?access_token=&type=}: a media file for work
 * notifications, multipart/form-data with the file in the part named {@code media}.
 * DingTalk's limits: image 20 MB (jpg, gif, png, bmp), voice 2 MB (amr, mp3, wav), video
 * 20 MB (mp4), file 20 MB of doc, docx, xls, xlsx, ppt, pptx, zip, pdf or rar. Answers
 * {@code type}, {@code media_id} and {@code created_at}.
 */
final class MediaUploadHandler implements ApiHandler {

	static final int INVALID_MEDIA_TYPE = 40004;
	static final int INVALID_FILE_TYPE = 40005;
	static final int INVALID_FILE_SIZE = 40006;
	static final int INVALID_MEDIA_ID = 40007;

	private static final Map<String, Set<String>> EXTENSIONS = Map.of("image",
			Set.of("jpg", "jpeg", "gif", "png", "bmp"), "voice", Set.of("amr", "mp3", "wav"), "video", Set.of("mp4"),
			"file", Set.of("doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "pdf", "rar"));

	private static final Map<String, Long> MAX_BYTES = Map.of("image", 20L << 20, "voice", 2L << 20, "video", 20L << 20,
			"file", 20L << 20);

	private final DingTalkAuth auth;

	MediaUploadHandler(DingTalkAuth auth) {
		this.auth = auth;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		DingTalkApp app = auth.oapi(request);
		auth.admitOapi(request);
		java.util.Optional<MultipartForm> form = MultipartForm.of(request);
		// the type in the query, as the document shows, or as a form field, as the oapi
		// SDK sends it
		String type = request.query("type") != null ? request.query("type")
				: form.flatMap(f -> f.part("type"))
					.map(p -> new String(p.bytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
					.orElse(null);
		if (type == null || !EXTENSIONS.containsKey(type)) {
			throw DingTalkErrors.oapi(INVALID_MEDIA_TYPE, "不合法的媒体文件类型");
		}
		MultipartForm.Part media = form.flatMap(f -> f.part("media"))
			.orElseThrow(() -> DingTalkErrors.oapi(INVALID_FILE_SIZE, "媒体文件为空"));
		String name = media.fileName() == null ? "" : media.fileName();
		if (!EXTENSIONS.get(type).contains(extension(name))) {
			throw DingTalkErrors.oapi(INVALID_FILE_TYPE, "不合法的文件类型");
		}
		if (media.bytes().length == 0 || media.bytes().length > MAX_BYTES.get(type)) {
			throw DingTalkErrors.oapi(INVALID_FILE_SIZE, "不合法的文件大小");
		}
		MediaStore.Media stored = auth.platform()
			.media()
			.put(app.id(), type, name, media.bytes(), auth.platform().clock().millis(), "@lA");
		ObjectNode answer = ApiResponse.ok();
		answer.put("type", type);
		answer.put("media_id", stored.mediaId());
		answer.put("created_at", stored.uploadedAtMillis());
		return ApiResponse.json(answer);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
