package org.openlicensing.api.client;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the server's JSON answers. Fields this version does not know are ignored and optional ones
 * may be missing, so that a device keeps working with a newer server.
 */
final class WireFormat {
  private WireFormat() {}

  /** The part of an activation (or heartbeat) answer the device keeps. */
  record GrantedToken(UUID activationId, Optional<UUID> licenseId, String token) {}

  static GrantedToken grantedToken(Map<String, Object> json) throws ParseException {
    String token = JSONObjectUtils.getString(json, "token");
    if (token == null || token.isBlank()) {
      throw new ParseException("the answer carries no token", 0);
    }
    return new GrantedToken(
        uuid(JSONObjectUtils.getString(json, "id")).orElseThrow(() -> missing("id")),
        uuid(JSONObjectUtils.getString(json, "licenseId")),
        token);
  }

  static OnlineValidation validation(Map<String, Object> json) throws ParseException {
    String code = JSONObjectUtils.getString(json, "code");
    if (code == null) {
      throw missing("code");
    }
    Map<String, Object> license = JSONObjectUtils.getJSONObject(json, "license");
    Map<String, Object> known = license == null ? Map.of() : license;
    List<String> entitlements = JSONObjectUtils.getStringList(known, "entitlements");
    return new OnlineValidation(
        code,
        JSONObjectUtils.getBoolean(json, "valid"),
        uuid(JSONObjectUtils.getString(known, "id")),
        Optional.ofNullable(JSONObjectUtils.getString(known, "plan")),
        instant(JSONObjectUtils.getString(known, "expiresAt")),
        entitlements == null ? Set.of() : Set.copyOf(entitlements),
        // Issue 6 reports overage as a flag next to valid; read it in the license as well.
        flag(json, "overage") || flag(known, "overage"));
  }

  private static boolean flag(Map<String, Object> json, String name) throws ParseException {
    return json.get(name) != null && JSONObjectUtils.getBoolean(json, name);
  }

  private static Optional<UUID> uuid(String text) throws ParseException {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new ParseException("not a UUID: " + text, 0);
    }
  }

  private static Optional<Instant> instant(String text) throws ParseException {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (RuntimeException e) {
      throw new ParseException("not an ISO-8601 instant: " + text, 0);
    }
  }

  private static ParseException missing(String field) {
    return new ParseException("the answer has no " + field, 0);
  }
}
