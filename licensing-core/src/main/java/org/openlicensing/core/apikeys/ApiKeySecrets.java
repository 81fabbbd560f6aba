package org.openlicensing.core.apikeys;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openlicensing.core.support.Secrets;

/**
 * The form of API keys: {@code olk_<prefix>_<secret>}. The prefix (12 lower-case base-32
 * characters, 60 bits) names the key in lists and finds it; the secret (256 bits, base64url) is
 * checked against the stored hash. The {@code olk_} mark lets a bearer credential be told from a
 * JWT at a glance and lets secret scanners find leaked keys.
 */
public final class ApiKeySecrets {
  public static final String MARK = "olk_";
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int PREFIX_LENGTH = 12;
  private static final Pattern FORM =
      Pattern.compile("olk_([0-9a-hjkmnp-tv-z]{" + PREFIX_LENGTH + "})_([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecrets() {}

  /** A new key: its visible prefix and the whole secret to show once. */
  public record NewKey(String prefix, String secret) {
    @Override
    public String toString() {
      return "NewKey[prefix=" + prefix + "]";
    }
  }

  public static NewKey generate() {
    StringBuilder id = new StringBuilder(MARK);
    for (int i = 0; i < PREFIX_LENGTH; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    String prefix = id.toString();
    return new NewKey(prefix, prefix + "_" + Secrets.newSecret());
  }

  public static boolean looksLikeKey(String credential) {
    return credential.startsWith(MARK);
  }

  /** The prefix of a well-formed key; empty for anything else. */
  public static Optional<String> prefixOf(String credential) {
    Matcher matcher = FORM.matcher(credential);
    return matcher.matches() ? Optional.of(MARK + matcher.group(1)) : Optional.empty();
  }
}
