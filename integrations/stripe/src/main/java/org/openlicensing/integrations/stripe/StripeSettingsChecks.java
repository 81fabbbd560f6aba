package org.openlicensing.integrations.stripe;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of {@link StripeSettings}, each naming the setting at fault (a field or an environment
 * key) and never echoing a secret value.
 */
final class StripeSettingsChecks {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1");

  private StripeSettingsChecks() {}

  static void secretKey(String key, String name) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (key.startsWith("pk_")) {
      throw new IllegalArgumentException(
          name + " holds a publishable key (pk_...); the server needs the secret key (sk_...)");
    }
    boolean secretOrRestricted = key.startsWith("sk_") || key.startsWith("rk_");
    if (!secretOrRestricted
        || key.length() < 8
        || !key.chars().allMatch(StripeSettingsChecks::isKeyChar)) {
      throw new IllegalArgumentException(
          name + " must be a Stripe secret key (sk_...) or restricted key (rk_...)");
    }
  }

  static List<String> signingSecrets(List<String> secrets, String name) {
    if (secrets == null || secrets.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one webhook signing secret");
    }
    for (String secret : secrets) {
      if (secret == null
          || !secret.startsWith("whsec_")
          || secret.length() <= "whsec_".length()
          || !secret.chars().allMatch(StripeSettingsChecks::isKeyChar)) {
        throw new IllegalArgumentException(
            name + ": every webhook signing secret must start with whsec_ (comma-separated)");
      }
    }
    return List.copyOf(secrets);
  }

  /**
   * Plain http is for a stand-in on this machine only: a secret key never crosses a network
   * unencrypted.
   */
  static URI apiBase(URI base, String name) {
    if (base == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    String host = base.getHost();
    if (!base.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          name + " must be an http(s) URL such as https://api.stripe.com");
    }
    if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          name + " must use https; plain http is allowed for localhost and 127.0.0.1 only");
    }
    if (base.getRawUserInfo() != null
        || base.getRawQuery() != null
        || base.getRawFragment() != null) {
      throw new IllegalArgumentException(name + " must have no credentials, query or fragment");
    }
    String text = base.toString();
    // stripe-java appends "/v1/..." itself.
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /** Only the kind and mode of a key, such as {@code sk_test_***}. */
  static String redacted(String key) {
    int second = key.indexOf('_', 3);
    return (second > 0 && second < 8 ? key.substring(0, second + 1) : key.substring(0, 3)) + "***";
  }

  private static boolean isKeyChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
