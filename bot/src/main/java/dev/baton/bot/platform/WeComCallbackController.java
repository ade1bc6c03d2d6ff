package dev.baton.bot.platform;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.wecom.WeComCallbacks;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WeCom's callback URL for each configured app, {@code /callbacks/wecom/{app}}: GET
 * verifies the URL, POST takes encrypted messages and card events. A verified callback is
 * answered 200 with an empty body at once; anything else gets a 4xx and changes nothing.
 * <p>
 * Org-chart changes ({@code change_contact}) arrive on the same URL (those of the app's
 * visible range) and on {@code /callbacks/wecom/{app}/contacts}, the contact-sync
 * helper's event server (verified with the helper's own Token and EncodingAESKey). They
 * go to the directory sync while WeCom waits, and are answered 200 only once it took them
 * (503 otherwise, so WeCom sends them again).
 */
@RestController
@RequestMapping("/callbacks/wecom/{app}")
class WeComCallbackController {

	private static final Logger log = LoggerFactory.getLogger(WeComCallbackController.class);

	private final Map<String, WeComCallbacks> apps;

	private final Map<String, WeComCallbacks> contactSyncs;

	private final InboundGate gate;

	private final ContactEventDelivery contactEvents;

	WeComCallbackController(java.util.List<WeComCallbacks> apps, WeComContactSyncCallbacks contactSyncs,
			InboundGate gate, ContactEventDelivery contactEvents) {
		this.apps = apps.stream().collect(Collectors.toMap(a -> a.app().name(), Function.identity()));
		this.contactSyncs = contactSyncs.callbacks()
			.stream()
			.collect(Collectors.toMap(a -> a.app().name(), Function.identity()));
		this.gate = gate;
		this.contactEvents = contactEvents;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verifyUrl(@PathVariable String app,
			@RequestParam(name = "msg_signature", required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(required = false) String echostr) {
		try {
			return ResponseEntity.ok(callbacks(app).verifyUrl(signature, timestamp, nonce, echostr));
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("WeCom", app, ex);
		}
	}

	@PostMapping
	ResponseEntity<String> receive(@PathVariable String app,
			@RequestParam(name = "msg_signature", required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			HttpServletRequest request) {
		try {
			WeComCallbacks.Opened opened = callbacks(app).openCallback(signature, timestamp, nonce,
					CallbackBodies.read(request));
			if (opened.message() != null) {
				gate.admit(opened.message());
			}
			return contactChange(app, opened.contactChange());
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("WeCom", app, ex);
		}
	}

	/**
	 * The contact-sync helper's event server: URL verification with the helper's Token
	 * and EncodingAESKey.
	 */
	@GetMapping(path = "/contacts", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verifyContactSyncUrl(@PathVariable String app,
			@RequestParam(name = "msg_signature", required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(required = false) String echostr) {
		try {
			return ResponseEntity.ok(contactSync(app).verifyUrl(signature, timestamp, nonce, echostr));
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("WeCom", app, ex);
		}
	}

	/** The contact-sync helper's change_contact events. */
	@PostMapping("/contacts")
	ResponseEntity<String> receiveContactSync(@PathVariable String app,
			@RequestParam(name = "msg_signature", required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			HttpServletRequest request) {
		try {
			return contactChange(app,
					contactSync(app).openCallback(signature, timestamp, nonce, CallbackBodies.read(request))
						.contactChange());
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("WeCom", app, ex);
		}
	}

	private ResponseEntity<String> contactChange(String app, ContactEvent change) {
		if (change != null) {
			try {
				contactEvents.deliver(change);
			}
			catch (RuntimeException ex) {
				log.error("Org-chart change {} for {} not taken; WeCom will send it again", change.eventKey(), app, ex);
				return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN).body("not taken: try again");
			}
		}
		return ResponseEntity.ok("");
	}

	private WeComCallbacks callbacks(String app) {
		WeComCallbacks callbacks = apps.get(app);
		if (callbacks == null) {
			throw new CallbackRejected(404, "no WeCom app named " + app);
		}
		return callbacks;
	}

	private WeComCallbacks contactSync(String app) {
		WeComCallbacks callbacks = contactSyncs.get(app);
		if (callbacks == null) {
			throw new CallbackRejected(404, "no contact-sync event server configured for WeCom app " + app);
		}
		return callbacks;
	}

}
