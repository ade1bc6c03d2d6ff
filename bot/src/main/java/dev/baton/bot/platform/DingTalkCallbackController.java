package dev.baton.bot.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.integrations.chat.CallbackRejected;
import dev.baton.integrations.chat.InboundEvent;
import dev.baton.integrations.dingtalk.DingTalkCallbacks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's HTTP callback URLs for each configured app:
 * {@code /callbacks/dingtalk/{app}} for robot messages and
 * {@code /callbacks/dingtalk/{app}/card} for card buttons (answered within DingTalk's 2 s
 * with an empty update; the card is updated afterwards through the API).
 */
@RestController
@RequestMapping("/callbacks/dingtalk/{app}")
class DingTalkCallbackController {

	private final Map<String, DingTalkCallbacks> apps;

	private final InboundGate gate;

	DingTalkCallbackController(List<DingTalkCallbacks> apps, InboundGate gate) {
		this.apps = apps.stream().collect(Collectors.toMap(a -> a.app().name(), Function.identity()));
		this.gate = gate;
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> robotMessage(@PathVariable String app,
			@RequestHeader(name = "timestamp", required = false) String timestamp,
			@RequestHeader(name = "sign", required = false) String sign, HttpServletRequest request) {
		try {
			InboundEvent event = callbacks(app).openRobotCallback(timestamp, sign, CallbackBodies.read(request));
			if (event != null) {
				gate.admit(event);
			}
			return ResponseEntity.ok("{}");
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("DingTalk", app, ex);
		}
	}

	@PostMapping(path = "/card", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> cardAction(@PathVariable String app,
			@RequestHeader(name = "x-ddpaas-signature-timestamp", required = false) String timestamp,
			@RequestHeader(name = "x-ddpaas-signature", required = false) String signature,
			HttpServletRequest request) {
		try {
			gate.admit(callbacks(app).openCardCallback(timestamp, signature, CallbackBodies.read(request)));
			return ResponseEntity.ok("{}");
		}
		catch (CallbackRejected ex) {
			return CallbackRefusals.refused("DingTalk", app, ex);
		}
	}

	private DingTalkCallbacks callbacks(String app) {
		DingTalkCallbacks callbacks = apps.get(app);
		if (callbacks == null) {
			throw new CallbackRejected(404, "no DingTalk app named " + app);
		}
		return callbacks;
	}

}
