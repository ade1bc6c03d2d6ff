package dev.baton.bot.console.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import dev.baton.bot.console.ConsoleProperties;
import dev.baton.bot.console.ConsoleSessions;
import dev.baton.bot.console.ConsoleUser;
import dev.baton.bot.console.ConsoleUser.SignInMethod;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.dingtalk.DingTalkSignIn;
import dev.baton.integrations.wecom.WeComSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Signing in to the console with DingTalk or WeCom, mapped to the official the person's
 * chat account is bound to in the directory. In a browser: DingTalk's login
 * ({@code /console/signin/dingtalk}) and WeCom's web login
 * ({@code /console/signin/wecom}) send the browser to the platform and back with a code
 * and the state this session gave it (a code without the state, or with another, is
 * refused). From the workbench (工作台) on a phone: WeCom's OAuth 2 in the client
 * ({@code /console/signin/wecom/workbench}, {@code snsapi_base}: no tap needed),
 * DingTalk's 免登码 posted by the workbench page
 * ({@code /console/signin/dingtalk/workbench}).
 */
@Controller
class PlatformSignInController {

	static final String STATE = PlatformSignInController.class.getName() + ".state";

	private static final Logger log = LoggerFactory.getLogger(PlatformSignInController.class);

	private final PlatformSignIns platforms;

	private final Directory directory;

	private final ConsoleSessions sessions;

	private final ConsoleProperties properties;

	private final SignInOptions options;

	private final MessageSource messages;

	private final SecureRandom random = new SecureRandom();

	PlatformSignInController(PlatformSignIns platforms, Directory directory, ConsoleSessions sessions,
			ConsoleProperties properties, SignInOptions options, MessageSource messages) {
		this.platforms = platforms;
		this.directory = directory;
		this.sessions = sessions;
		this.properties = properties;
		this.options = options;
		this.messages = messages;
	}

	@GetMapping("/console/signin/dingtalk")
	String dingTalk(HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<DingTalkSignIn> dingTalk = platforms.dingTalk();
		if (dingTalk.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "钉钉 / DingTalk");
		}
		return "redirect:" + properties.dingtalkLoginUrl() + "/oauth2/auth?redirect_uri="
				+ encode(back(request, "/console/signin/dingtalk/back")) + "&response_type=code&client_id="
				+ encode(dingTalk.get().app().appKey()) + "&scope=openid&state=" + state(request, "dingtalk")
				+ "&prompt=consent";
	}

	@GetMapping("/console/signin/dingtalk/back")
	String dingTalkBack(@RequestParam(name = "authCode", required = false) String authCode,
			@RequestParam(name = "state", required = false) String state, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<DingTalkSignIn> dingTalk = platforms.dingTalk();
		if (dingTalk.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "钉钉 / DingTalk");
		}
		if (!stateMatches(request, "dingtalk", state)) {
			return refused("console.signin.stateMismatch", model, response, 403);
		}
		return signIn(SignInMethod.DINGTALK, dingTalk.get().app().corpId(),
				() -> dingTalk.get().userIdByAuthCode(authCode), model, request, response);
	}

	/**
	 * The workbench page: in the DingTalk client its script asks for a 免登码 and posts it
	 * here.
	 */
	@GetMapping("/console/signin/dingtalk/workbench")
	String dingTalkWorkbench(Model model, HttpServletResponse response) {
		Optional<DingTalkSignIn> dingTalk = platforms.dingTalk();
		if (dingTalk.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "钉钉 / DingTalk");
		}
		model.addAttribute("corpId", dingTalk.get().app().corpId());
		return "console/signin-dingtalk-workbench";
	}

	@PostMapping("/console/signin/dingtalk/workbench")
	String dingTalkFreeLogin(@RequestParam(name = "code", required = false) String code, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<DingTalkSignIn> dingTalk = platforms.dingTalk();
		if (dingTalk.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "钉钉 / DingTalk");
		}
		return signIn(SignInMethod.DINGTALK, dingTalk.get().app().corpId(),
				() -> dingTalk.get().userIdByFreeLoginCode(code), model, request, response);
	}

	@GetMapping("/console/signin/wecom")
	String weCom(HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<WeComSignIn> weCom = platforms.weCom();
		if (weCom.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "企业微信 / WeCom");
		}
		return "redirect:" + properties.wecomLoginUrl() + "/wwlogin/sso/login?login_type=CorpApp&appid="
				+ encode(weCom.get().app().corpId()) + "&agentid=" + weCom.get().app().agentId() + "&redirect_uri="
				+ encode(back(request, "/console/signin/wecom/back")) + "&state=" + state(request, "wecom");
	}

	/**
	 * The workbench entry: OAuth 2 in the WeCom client, {@code snsapi_base} (silent, no
	 * tap).
	 */
	@GetMapping("/console/signin/wecom/workbench")
	String weComWorkbench(HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<WeComSignIn> weCom = platforms.weCom();
		if (weCom.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "企业微信 / WeCom");
		}
		return "redirect:" + properties.wecomOauthUrl() + "/connect/oauth2/authorize?appid="
				+ encode(weCom.get().app().corpId()) + "&redirect_uri="
				+ encode(back(request, "/console/signin/wecom/back")) + "&response_type=code&scope=snsapi_base&state="
				+ state(request, "wecom") + "&agentid=" + weCom.get().app().agentId() + "#wechat_redirect";
	}

	@GetMapping("/console/signin/wecom/back")
	String weComBack(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "state", required = false) String state, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<WeComSignIn> weCom = platforms.weCom();
		if (weCom.isEmpty()) {
			return refused("console.signin.platformMissing", model, response, 404, "企业微信 / WeCom");
		}
		if (!stateMatches(request, "wecom", state)) {
			return refused("console.signin.stateMismatch", model, response, 403);
		}
		return signIn(SignInMethod.WECOM, weCom.get().app().corpId(), () -> weCom.get().userIdByCode(code), model,
				request, response);
	}

	private String signIn(SignInMethod method, String corpId, Supplier<Optional<String>> userId, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<String> user;
		try {
			user = userId.get();
		}
		catch (PlatformException ex) {
			log.warn("Console sign-in with {} failed: {}", method, ex.getMessage());
			return refused("console.signin.platformFailed", model, response, 502);
		}
		if (user.isEmpty()) {
			log.info("Console sign-in with {} refused: the code gave no member of corp {}", method, corpId);
			return refused("console.signin.codeRefused", model, response, 401);
		}
		Optional<Official> official = directory.officialIdByIdentity(method.name(), corpId, user.get())
			.map(directory::official)
			.filter(Official::active);
		if (official.isEmpty()) {
			log.info("Console sign-in with {} refused: {} of corp {} is bound to no active official", method,
					user.get(), corpId);
			return refused("console.signin.unbound", model, response, 403);
		}
		sessions.signIn(new ConsoleUser(official.get().id(), official.get().name(), method), request, response);
		log.info("Console sign-in with {}: {} (official {})", method, user.get(), official.get().id());
		return "redirect:/console";
	}

	private String refused(String key, Model model, HttpServletResponse response, int status, Object... args) {
		options.addTo(model);
		response.setStatus(status);
		model.addAttribute("platformRefusal", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
		return SignInController.PAGE;
	}

	/** A fresh state for this session's round trip to the platform. */
	private String state(HttpServletRequest request, String platform) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		request.getSession(true).setAttribute(STATE, platform + ":" + state);
		return state;
	}

	/**
	 * Whether the state came from this session's last round trip to the platform; it
	 * works once.
	 */
	private static boolean stateMatches(HttpServletRequest request, String platform, String state) {
		HttpSession session = request.getSession(false);
		if (session == null || state == null) {
			return false;
		}
		Object expected = session.getAttribute(STATE);
		session.removeAttribute(STATE);
		return (platform + ":" + state).equals(expected);
	}

	private String back(HttpServletRequest request, String path) {
		String base = properties.publicUrl() != null ? properties.publicUrl()
				: ServletUriComponentsBuilder.fromContextPath(request)
					.replacePath(request.getContextPath())
					.build()
					.toUriString();
		return base + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
