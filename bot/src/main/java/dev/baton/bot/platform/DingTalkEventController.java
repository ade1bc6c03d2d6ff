package dev.baton.bot.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.dingtalk.DingTalkEvents;
import dev.baton.integrations.state.SharedState;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's HTTP event subscription (事件订阅 → HTTP 推送) for each app with an event token
 * and aes_key: {@code /callbacks/dingtalk/{app}/events}. A push is verified and decrypted
 * before anything is read ({@link DingTalkEvents}); a push already taken is refused when
 * it comes again (a replay: same signature), while DingTalk's own retries, signed afresh,
 * reach the sync, which applies each event once by its eventId. The org event is applied
 * before the answer (within DingTalk's 2.5 s): the encrypted "success" means it was
 * taken; a failure answers 503 and DingTalk pushes again.
 */
@RestController
@RequestMapping("/callbacks/dingtalk/{app}/events")
class DingTalkEventController {

	private static final Logger log = LoggerFactory.getLogger(DingTalkEventController.class);

	private final Map<String, DingTalkEvents> apps;

	private final ObjectProvider<ContactEventListener> listener;

	private final SharedState state;

	DingTalkEventController(List<DingTalkEvents> apps, ObjectProvider<ContactEventListener> listener,
			SharedState state) {
		this.apps = apps.stream().collect(Collectors.toMap(a -> a.app().name(), Function.identity()));
		this.listener = listener;
		this.state = state;
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> event(@PathVariable String app,
			@RequestParam(name = "msg_signature", required = false) String msgSignature,
			@RequestParam(name = "signature", required = false) String signature,
			@RequestParam(name = "timestamp", required = false) String timestamp,
			@RequestParam(name = "timeStamp", required = false) String timeStampOld,
			@RequestParam(name = "nonce", required = false) String nonce, HttpServletRequest request) {
		String sig = msgSignature != null ? msgSignature : signature;
		String ts = timestamp != null ? timestamp : timeStampOld;
		try {
			DingTalkEvents events = apps.get(app);
			if (events == null || !events.app().httpEvents()) {
				throw new CallbackRejected(404, "no DingTalk event subscription for " + app);
			}
			DingTalkEvents.Opened opened = events.openHttp(sig, ts, nonce, CallbackBodies.read(request));
			String seen = "dingtalk-event-push:" + app + ":" + sig;
			if (!state.putIfAbsent(seen, "1", DingTalkEvents.WINDOW.multipliedBy(2))) {
				throw new CallbackRejected(409, "this push was taken before (a replay)");
			}
			if (opened.event() != null) {
				ContactEventListener target = listener.getIfAvailable();
				if (target == null) {
					log.info("DingTalk event {} for {}: no directory sync in this application", opened.eventType(),
							app);
				}
				else {
					try {
						target.onContactEvent(opened.event());
					}
					catch (RuntimeException ex) {
						state.delete(seen);
						log.warn("DingTalk event {} {} for {} not taken now: {}", opened.eventType(),
								opened.event().eventKey(), app, ex.getMessage());
						return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN).body("try again later");
					}
				}
			}
			return ResponseEntity.ok(events.encryptedSuccess());
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("DingTalk", app, ex);
		}
	}

}
