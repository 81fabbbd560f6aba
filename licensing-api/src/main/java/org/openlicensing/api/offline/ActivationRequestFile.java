package org.openlicensing.api.offline;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an air-gapped device asks for: its license key, its fingerprint, and a fresh nonce that the
 * signed response must carry back. It is not signed (a device has no key the server trusts); the
 * person who uploads it proves, by signing in, that they may use the license.
 *
 * <p>On disk it is JSON in base64, armored as {@link OfflineFiles#ACTIVATION_REQUEST}.
 *
 * @param nonce 128 random bits or more, base64url; see {@link #newNonce()}
 * @param createdAt when the device wrote it, by the device's clock (informative only)
 */
public record ActivationRequestFile(
    String licenseKey,
    String fingerprint,
    String nonce,
    Optional<String> name,
    Optional<String> platform,
    Instant createdAt) {

  /** The format's version; a reader refuses versions it does not know. */
  public static final int VERSION = 1;

  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ActivationRequestFile {
    requireText(licenseKey, "licenseKey");
    requireText(fingerprint, "fingerprint");
    if (nonce == null || !NONCE.matcher(nonce).matches()) {
      throw new IllegalArgumentException("the nonce must be 22 to 128 base64url characters");
    }
    name = name == null ? Optional.empty() : name;
    platform = platform == null ? Optional.empty() : platform;
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** 128 random bits, base64url without padding: 22 characters. */
  public static String newNonce() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** The file's text, armored. */
  public String armored() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", VERSION);
    json.put("licenseKey", licenseKey);
    json.put("fingerprint", fingerprint);
    json.put("nonce", nonce);
    name.ifPresent(value -> json.put("name", value));
    platform.ifPresent(value -> json.put("platform", value));
    json.put("createdAt", createdAt.toString());
    byte[] bytes = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
    return ArmoredText.armor(
        OfflineFiles.ACTIVATION_REQUEST, Base64.getEncoder().encodeToString(bytes));
  }

  /**
   * Reads a request file's text.
   *
   * @throws ParseException naming what is wrong: no armor, not base64, not JSON, an unknown
   *     version, a missing or malformed field
   */
  public static ActivationRequestFile parse(String text) throws ParseException {
    String payload = ArmoredText.unarmor(OfflineFiles.ACTIVATION_REQUEST, text);
    Map<String, Object> json;
    try {
      json =
          JSONObjectUtils.parse(
              new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new ParseException("the request is not base64", 0);
    }
    if (!(json.get("version") instanceof Number version) || version.doubleValue() != VERSION) {
      throw new ParseException("unknown request version " + json.get("version"), 0);
    }
    try {
      return new ActivationRequestFile(
          JSONObjectUtils.getString(json, "licenseKey"),
          JSONObjectUtils.getString(json, "fingerprint"),
          JSONObjectUtils.getString(json, "nonce"),
          Optional.ofNullable(JSONObjectUtils.getString(json, "name")),
          Optional.ofNullable(JSONObjectUtils.getString(json, "platform")),
          instant(JSONObjectUtils.getString(json, "createdAt")));
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage(), 0);
    }
  }

  private static Instant instant(String text) throws ParseException {
    if (text == null) {
      throw new ParseException("the request has no createdAt", 0);
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParseException("createdAt is not an ISO-8601 instant: " + text, 0);
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the request has no " + field);
    }
  }

  @Override
  public String toString() {
    // The license key is a secret: never in logs.
    return "ActivationRequestFile[fingerprint=" + fingerprint + ", nonce=" + nonce + "]";
  }
}
