package org.openlicensing.api.client;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;

/**
 * The server's public keys as a device pins them: the content of the server's {@code
 * /.well-known/jwks.json}, which the vendor ships with the application.
 *
 * <p>Why pinned: a device that fetched the keys whenever it verified would believe whoever answers
 * at that address (a DNS or proxy under the user's control, a fake server in the hosts file) and
 * would accept that party's tokens. Keys that came with the application cannot be swapped without
 * changing the application itself. When the server rotates its keys, the vendor ships the new set
 * before the old key leaves the server's JWKS.
 */
public final class PinnedJwks {
  private PinnedJwks() {}

  /**
   * Parses a key set for pinning, refusing one that holds private keys (a vendor's mistake that
   * would hand every user the signing key) or no Ed25519 key with a {@code kid}.
   */
  public static JWKSet parse(String json) throws ParseException {
    JWKSet keys = JWKSet.parse(json);
    if (keys.getKeys().stream().anyMatch(JWK::isPrivate)) {
      throw new ParseException("the key set holds private keys: never ship them to devices", 0);
    }
    boolean usable =
        keys.getKeys().stream()
            .anyMatch(
                key ->
                    key instanceof OctetKeyPair okp
                        && Curve.Ed25519.equals(okp.getCurve())
                        && key.getKeyID() != null);
    if (!usable) {
      throw new ParseException("the key set has no Ed25519 key with a kid", 0);
    }
    return keys;
  }

  /** {@link #parse} of a file, such as one installed with the application. */
  public static JWKSet read(Path file) throws IOException, ParseException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Trust on first use, for applications that cannot ship the keys: when {@code pinFile} exists,
   * its keys are returned and the network is not touched; otherwise the keys are fetched once from
   * {@code jwksUri}, which must be HTTPS (plain HTTP only to this machine, for development), and
   * written to {@code pinFile} (atomically, owner-only), where every later start finds them.
   *
   * <p>This is weaker than shipping the keys: whoever controls the network at the first start could
   * plant keys of their own. Use it only where the first start happens in trusted hands, such as an
   * installer run by an administrator.
   */
  public static JWKSet pinFrom(URI jwksUri, Path pinFile, HttpClient http)
      throws LicenseClientException {
    try {
      if (Files.exists(pinFile)) {
        return read(pinFile);
      }
    } catch (IOException | ParseException e) {
      throw LicenseClientException.client(
          LicenseClientException.CACHE_ERROR, "the pinned key set is unusable: " + e, e);
    }
    SecureUris.require(jwksUri);
    String json = fetch(jwksUri, http);
    try {
      JWKSet keys = parse(json);
      AtomicFiles.write(pinFile, keys.toString(true).getBytes(StandardCharsets.UTF_8));
      return keys;
    } catch (ParseException e) {
      throw LicenseClientException.unexpected(200, "not a usable key set: " + e.getMessage(), e);
    } catch (IOException e) {
      throw LicenseClientException.client(
          LicenseClientException.CACHE_ERROR, "cannot write " + pinFile + ": " + e, e);
    }
  }

  private static String fetch(URI jwksUri, HttpClient http) throws LicenseClientException {
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw LicenseClientException.client(
          LicenseClientException.NETWORK_ERROR, "GET " + jwksUri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LicenseClientException.client(
          LicenseClientException.NETWORK_ERROR, "interrupted while fetching the keys", e);
    }
    if (response.statusCode() != 200) {
      throw LicenseClientException.unexpected(
          response.statusCode(), "GET " + jwksUri + " answered " + response.statusCode(), null);
    }
    return response.body();
  }
}
