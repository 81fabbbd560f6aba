package org.openlicensing.api.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cache file: a compact JWS (HS256, {@code typ} {@code license-cache+jwt}) whose payload is a
 * {@link CachedLicense}. The MAC key is derived from the license key, so that an edit of the file,
 * such as moving the last-seen time back, is detected. Its {@code kid} is a short digest of the
 * license key, to tell a cache of another key from an edited one.
 *
 * <p>The MAC is tamper evidence, not a secret kept from the machine's owner, who knows the license
 * key: the floor a clock cannot go below unnoticed rests in the end on the token's {@code iat},
 * which the server signed.
 */
final class TokenCache {
  private static final JOSEObjectType TYPE = new JOSEObjectType("license-cache+jwt");

  private final Path file;
  private final byte[] macKey;
  private final String keyHint;

  TokenCache(Path file, String licenseKey) {
    this.file = file;
    // Keys are case-insensitive on the server; the same key typed twice must open the same cache.
    String canonical = licenseKey.strip().toUpperCase(Locale.ROOT);
    this.macKey = sha256("openlicensing/license-cache/mac-key\n" + canonical);
    this.keyHint =
        HexFormat.of().formatHex(sha256("openlicensing/license-cache/kid\n" + canonical), 0, 8);
  }

  /** The cached license; empty when there is no file. */
  Optional<CachedLicense> read() throws IOException, UnusableCacheException {
    String text;
    try {
      // Decoded leniently: stray bytes make a parse failure (tampered), not an I/O error.
      text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(text.strip());
    } catch (ParseException e) {
      throw tampered("the cache file is not a signed object");
    }
    JWSHeader header = jws.getHeader();
    if (!keyHint.equals(header.getKeyID())) {
      throw new UnusableCacheException(
          OfflineStatus.LICENSE_MISMATCH, "the cache belongs to another license key");
    }
    if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())) {
      throw tampered("the cache file has another header");
    }
    if (!verifies(jws)) {
      throw tampered("the cache file was changed");
    }
    return Optional.of(decode(jws.getPayload().toJSONObject()));
  }

  void write(CachedLicense license) throws IOException {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).keyID(keyHint).build(),
            new Payload(encode(license)));
    try {
      jws.sign(new MACSigner(macKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("a 256-bit key always signs HS256", e);
    }
    AtomicFiles.write(file, jws.serialize().getBytes(StandardCharsets.US_ASCII));
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  private boolean verifies(JWSObject jws) {
    try {
      return jws.verify(new MACVerifier(macKey));
    } catch (JOSEException e) {
      return false;
    }
  }

  private static Map<String, Object> encode(CachedLicense license) {
    return Map.of(
        "token", license.token(),
        "activation", license.activationId().toString(),
        "license", license.licenseId().toString(),
        "lastSeen", license.lastSeen().toString());
  }

  private static CachedLicense decode(Map<String, Object> json) throws UnusableCacheException {
    if (json == null) {
      throw tampered("the cache file holds no JSON object");
    }
    try {
      return new CachedLicense(
          JSONObjectUtils.getString(json, "token"),
          UUID.fromString(JSONObjectUtils.getString(json, "activation")),
          UUID.fromString(JSONObjectUtils.getString(json, "license")),
          Instant.parse(JSONObjectUtils.getString(json, "lastSeen")));
    } catch (ParseException | RuntimeException e) {
      throw tampered("the cache file lacks a field or has a bad one");
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static UnusableCacheException tampered(String detail) {
    return new UnusableCacheException(OfflineStatus.CACHE_TAMPERED, detail);
  }

  /** The file cannot serve: written for another key, or not as this client wrote it. */
  static final class UnusableCacheException extends Exception {
    private static final long serialVersionUID = 1L;
    private final OfflineStatus status;

    UnusableCacheException(OfflineStatus status, String detail) {
      super(detail);
      this.status = status;
    }

    OfflineStatus status() {
      return status;
    }
  }
}
