package org.openlicensing.server.testing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * The test server's own private keys, read from its data directory, so that tests can forge tokens
 * that are correctly signed but wrong in one claim (expired, another audience, ...).
 */
public final class ServerKeys {
  private ServerKeys() {}

  public static RSAKey accessTokenKey(TestServer server) {
    return (RSAKey) read(server.dataDirectory().resolve("keys/access-token-key.jwk.json"));
  }

  public static OctetKeyPair licenseKey(TestServer server) {
    return (OctetKeyPair) read(server.dataDirectory().resolve("keys/license-signing-key.jwk.json"));
  }

  private static JWK read(Path file) {
    try {
      return JWK.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("not a JWK: " + file, e);
    }
  }
}
