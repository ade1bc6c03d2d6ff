package dev.baton.emulator.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} (SAN dns:localhost, ip:127.0.0.1), made
 * once per JVM with the JDK's keytool, and a trust store that holds the JDK's default CAs
 * plus this certificate. Point a client JVM at the trust store
 * ({@link #applyAsDefaultTrustStore()} or {@code -Djavax.net.ssl.trustStore=...}) or use
 * {@link #clientSslContext()}.
 */
public final class TlsMaterial {

	private static final String PASSWORD = "baton-emulator";

	private static final String ALIAS = "baton-emulator";

	private static TlsMaterial shared;

	private final Path keyStore;

	private final Path trustStore;

	private TlsMaterial(Path keyStore, Path trustStore) {
		this.keyStore = keyStore;
		this.trustStore = trustStore;
	}

	/** The JVM's certificate, generated on first use. */
	public static synchronized TlsMaterial shared() {
		if (shared == null) {
			try {
				shared = generate(Files.createTempDirectory("baton-emulator-tls"));
			}
			catch (IOException | GeneralSecurityException e) {
				throw new IllegalStateException("cannot make the emulator's TLS certificate", e);
			}
		}
		return shared;
	}

	static TlsMaterial generate(Path dir) throws IOException, GeneralSecurityException {
		Path keyStore = dir.resolve("emulator-keystore.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
				"-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650", "-dname",
				"CN=localhost, O=Baton emulator", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore",
				keyStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("keytool failed: " + output);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running keytool", e);
		}
		KeyStore keys = load(keyStore, "PKCS12", PASSWORD);
		Certificate certificate = keys.getCertificate(ALIAS);
		KeyStore trust = KeyStore.getInstance("PKCS12");
		Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
		if (Files.isReadable(cacerts)) {
			try (InputStream in = Files.newInputStream(cacerts)) {
				trust.load(in, "changeit".toCharArray());
			}
			catch (IOException e) {
				trust.load(null, null);
			}
		}
		else {
			trust.load(null, null);
		}
		trust.setCertificateEntry(ALIAS, certificate);
		Path trustStore = dir.resolve("emulator-truststore.p12");
		KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
		pkcs12.load(null, null);
		for (String alias : java.util.Collections.list(trust.aliases())) {
			if (trust.isCertificateEntry(alias)) {
				pkcs12.setCertificateEntry(alias, trust.getCertificate(alias));
			}
		}
		try (OutputStream out = Files.newOutputStream(trustStore)) {
			pkcs12.store(out, PASSWORD.toCharArray());
		}
		return new TlsMaterial(keyStore, trustStore);
	}

	private static KeyStore load(Path path, String type, String password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(type);
		try (InputStream in = Files.newInputStream(path)) {
			store.load(in, password.toCharArray());
		}
		return store;
	}

	public Path keyStorePath() {
		return keyStore;
	}

	/** PKCS12: the JDK's CAs plus the emulator's certificate. */
	public Path trustStorePath() {
		return trustStore;
	}

	public String password() {
		return PASSWORD;
	}

	/** The server side's context. */
	public SSLContext serverSslContext() {
		try {
			KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			kmf.init(load(keyStore, "PKCS12", PASSWORD), PASSWORD.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(kmf.getKeyManagers(), null, null);
			return context;
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A client context that trusts the emulator (and the JDK's CAs). */
	public SSLContext clientSslContext() {
		try {
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(load(trustStore, "PKCS12", PASSWORD));
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, tmf.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Makes this trust store the JVM default for trust managers created from now on (the
	 * DingTalk Stream SDK's Netty client builds its own). The JDK's CAs stay trusted.
	 */
	public void applyAsDefaultTrustStore() {
		System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
		System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
		System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
	}

}
