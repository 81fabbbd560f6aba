package org.openlicensing.integrations.smtp;

import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The self-signed certificate for {@code localhost} that GreenMail's SMTPS server presents in these
 * tests (the module's surefire configuration points GreenMail at it). Made once with:
 *
 * <pre>
 * keytool -genkeypair -alias localhost -keyalg RSA -keysize 2048 \
 *   -dname "CN=localhost, O=OpenLicensing tests" -ext SAN=dns:localhost -validity 36500 \
 *   -storetype PKCS12 -keystore localhost-test-server.p12 -storepass changeit
 * </pre>
 */
final class TestCertificate {
  private static final String KEYSTORE = "/tls/localhost-test-server.p12";
  private static final char[] PASSWORD = "changeit".toCharArray();

  private TestCertificate() {}

  /** A socket factory that trusts this certificate and nothing else. */
  static SSLSocketFactory trustingOnlyIt() throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("localhost-test", certificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }

  /** A server-side context that presents this certificate, for a hand-made TLS server. */
  static SSLContext serverContext() throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore(), PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static Certificate certificate() throws Exception {
    return keyStore().getCertificate("localhost");
  }

  private static KeyStore keyStore() throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = TestCertificate.class.getResourceAsStream(KEYSTORE)) {
      keyStore.load(in, PASSWORD);
    }
    return keyStore;
  }
}
