package dev.baton.emulator;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.callback.CallbackSender;
import dev.baton.emulator.callback.DingTalkCallbackClient;
import dev.baton.emulator.callback.DingTalkEventClient;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.dingtalk.DingTalkPlatform;
import dev.baton.emulator.dingtalk.DingTalkRoutes;
import dev.baton.emulator.http.CallGate;
import dev.baton.emulator.http.HttpFrontend;
import dev.baton.emulator.limit.Faults;
import dev.baton.emulator.limit.Limits;
import dev.baton.emulator.record.DeliveryLog;
import dev.baton.emulator.record.EmulatorRecord;
import dev.baton.emulator.stream.StreamGateway;
import dev.baton.emulator.stream.StreamOpenHandler;
import dev.baton.emulator.stream.StreamTickets;
import dev.baton.emulator.stream.TlsMaterial;
import dev.baton.emulator.wecom.WeComPlatform;
import dev.baton.emulator.wecom.WeComRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Random;

/**
 * WeCom and DingTalk as Baton sees them, on loopback: start one per test (or per test
 * class), point Baton's base URLs at {@link #wecomBaseUrl()} /
 * {@link #dingTalkApiBaseUrl()} / {@link #dingTalkOapiBaseUrl()}, drive callbacks with
 * {@link #wecomCallbacks(URI)} / {@link #dingTalkCallbacks()}, and assert on
 * {@link #record()}.
 */
public final class PlatformEmulator implements AutoCloseable {

	private final EmulatorClock clock = new EmulatorClock();

	private final EmulatorRecord record = new EmulatorRecord();

	private final Limits limits = Limits.defaults();

	private final Faults faults;

	private final WeComPlatform wecom;

	private final DingTalkPlatform dingTalk;

	private final HttpFrontend http;

	private final StreamGateway stream;

	private final CallbackSender sender = new CallbackSender();

	private PlatformEmulator(EmulatorConfig config) throws IOException {
		Random random = new Random(config.seed);
		this.faults = new Faults(config.seed);
		this.wecom = new WeComPlatform(clock, random, config.tokenTtl);
		this.dingTalk = new DingTalkPlatform(clock, random, config.tokenTtl);
		config.wecomApps.forEach(wecom::addApp);
		config.wecomContactSyncs.forEach(wecom::addContactSync);
		config.dingTalkApps.forEach(dingTalk::addApp);
		wecom.directory().addUsers(config.wecomUsers);
		dingTalk.directory().addUsers(config.dingTalkUsers);
		config.dingTalkGroups.forEach((id, members) -> dingTalk.addGroup(id, id, members));
		CallGate gate = new CallGate(limits, clock);
		DeliveryLog deliveries = new DeliveryLog(record, clock);
		this.http = new HttpFrontend(config.host, config.httpPort, record, faults, clock, limits);
		WeComRoutes.install(http, wecom, gate, deliveries, random);
		DingTalkRoutes.install(http, dingTalk, gate, deliveries);
		if (config.stream) {
			StreamTickets tickets = new StreamTickets(clock::millis);
			this.stream = new StreamGateway(config.host, config.streamPort, TlsMaterial.shared(), tickets,
					clock::millis, config.streamPingInterval);
			http.route(Api.DINGTALK_STREAM_OPEN, new StreamOpenHandler(dingTalk, tickets, gate, stream::endpoint));
		}
		else {
			this.stream = null;
		}
	}

	/** Starts an emulator on free ports. */
	public static PlatformEmulator start(EmulatorConfig config) {
		try {
			PlatformEmulator emulator = new PlatformEmulator(config);
			emulator.http.start();
			if (emulator.stream != null) {
				emulator.stream.start();
			}
			return emulator;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start the emulator", e);
		}
	}

	public static PlatformEmulator start() {
		return start(EmulatorConfig.defaults());
	}

	/**
	 * {@code http://127.0.0.1:PORT}, for WxJava's {@code setBaseApiUrl} (no trailing
	 * slash).
	 */
	public String wecomBaseUrl() {
		return "http://127.0.0.1:" + http.port();
	}

	/**
	 * {@code 127.0.0.1:PORT}, for the new DingTalk SDK's {@code Config.setEndpoint} (with
	 * protocol http).
	 */
	public String dingTalkApiEndpoint() {
		return "127.0.0.1:" + http.port();
	}

	/**
	 * {@code http://127.0.0.1:PORT}: api.dingtalk.com's stand-in (also the Stream SDK's
	 * openApiHost).
	 */
	public String dingTalkApiBaseUrl() {
		return "http://127.0.0.1:" + http.port();
	}

	/**
	 * {@code http://127.0.0.1:PORT}: oapi.dingtalk.com's stand-in (old SDK: append the
	 * path).
	 */
	public String dingTalkOapiBaseUrl() {
		return "http://127.0.0.1:" + http.port();
	}

	public int httpPort() {
		return http.port();
	}

	/** The Stream gateway, null when Stream mode is off. */
	public StreamGateway stream() {
		return stream;
	}

	/** The certificate of the Stream gateway and the trust store for clients. */
	public TlsMaterial tls() {
		return TlsMaterial.shared();
	}

	public WeComPlatform wecom() {
		return wecom;
	}

	public DingTalkPlatform dingTalk() {
		return dingTalk;
	}

	public EmulatorRecord record() {
		return record;
	}

	public Limits limits() {
		return limits;
	}

	public Faults faults() {
		return faults;
	}

	public EmulatorClock clock() {
		return clock;
	}

	/** Callbacks of the first WeCom app to Baton's callback URL. */
	public WeComCallbackClient wecomCallbacks(URI callbackUrl) {
		return wecomCallbacks(wecom.app(), callbackUrl);
	}

	public WeComCallbackClient wecomCallbacks(WeComApp app, URI callbackUrl) {
		return new WeComCallbackClient(app, callbackUrl, clock, wecom, sender);
	}

	/**
	 * Callbacks of the first app's corp's contact-sync helper to its event server URL:
	 * {@code change_contact} signed and encrypted with the helper's Token and
	 * EncodingAESKey, carrying only the ids (its rule since 2022-08-15).
	 */
	public WeComCallbackClient wecomContactSyncCallbacks(URI eventServerUrl) {
		return new WeComCallbackClient(wecom.contactSync(), eventServerUrl, clock, wecom, sender);
	}

	/**
	 * Callbacks of the first DingTalk app (robot messages and card clicks, HTTP or
	 * Stream).
	 */
	public DingTalkCallbackClient dingTalkCallbacks() {
		return dingTalkCallbacks(dingTalk.app());
	}

	public DingTalkCallbackClient dingTalkCallbacks(DingTalkApp app) {
		return new DingTalkCallbackClient(app, clock, dingTalk, stream, sender, dingTalkApiBaseUrl());
	}

	/**
	 * Org events (通讯录事件) of the first DingTalk app, over Stream or its HTTP event
	 * subscription.
	 */
	public DingTalkEventClient dingTalkEvents() {
		return dingTalkEvents(dingTalk.app());
	}

	public DingTalkEventClient dingTalkEvents(DingTalkApp app) {
		return new DingTalkEventClient(app, clock, dingTalk, stream, sender);
	}

	/** Forgets the record and all rate counters (apps, users, tokens and faults stay). */
	public void reset() {
		record.clear();
		limits.resetCounters();
	}

	@Override
	public void close() {
		if (stream != null) {
			stream.close();
		}
		http.close();
	}

}
