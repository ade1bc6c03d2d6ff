package dev.baton.bot.platform;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
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
 * WeCom's callback URL for each configured app, {@code /callbacks/wecom/{app}}: GET verifies the URL, POST takes
 * encrypted messages and card events. A verified callback is answered 200 with an empty body at once; anything
 * else gets a 4xx and changes nothing.
 */
@RestController
@RequestMapping("/callbacks/wecom/{app}")
class WeComCallbackController {

	private static final Logger log = LoggerFactory.getLogger(WeComCallbackController.class);

	private final Map<String, WeComCallbacks> apps;

	private final InboundGate gate;

	WeComCallbackController(java.util.List<WeComCallbacks> apps, InboundGate gate) {
		this.apps = apps.stream().collect(Collectors.toMap(a -> a.app().name(), Function.identity()));
		this.gate = gate;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verifyUrl(@PathVariable String app, @RequestParam(name = "msg_signature", required = false)
	String signature, @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(required = false) String echostr) {
		try {
			return ResponseEntity.ok(callbacks(app).verifyUrl(signature, timestamp, nonce, echostr));
		}
		catch (CallbackRejected ex) {
			return refused(app, ex);
		}
	}

	@PostMapping
	ResponseEntity<String> receive(@PathVariable String app, @RequestParam(name = "msg_signature", required = false)
	String signature, @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			HttpServletRequest request) {
		try {
			InboundEvent event = callbacks(app).open(signature, timestamp, nonce, CallbackBodies.read(request));
			if (event != null) {
				gate.admit(event);
			}
			return ResponseEntity.ok("");
		}
		catch (CallbackRejected ex) {
			return refused(app, ex);
		}
	}

	private WeComCallbacks callbacks(String app) {
		WeComCallbacks callbacks = apps.get(app);
		if (callbacks == null) {
			throw new CallbackRejected(404, "no WeCom app named " + app);
		}
		return callbacks;
	}

	static ResponseEntity<String> refused(String app, CallbackRejected ex) {
		log.warn("Callback for {} refused ({}): {}", app, ex.status(), ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
