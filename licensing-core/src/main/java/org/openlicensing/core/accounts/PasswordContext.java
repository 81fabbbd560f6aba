package org.openlicensing.core.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The context-specific words a password must not contain (OWASP ASVS 6.1.2, 6.2.11): the product's
 * name, and the account's own address and name, the first things an attacker tries. Words shorter
 * than four characters are left out, so that short names do not forbid half the alphabet.
 */
public record PasswordContext(Set<String> words) {
  /** The product's own names. */
  public static final List<String> PRODUCT_WORDS = List.of("openlicensing", "open-licensing");

  private static final int SHORTEST_WORD = 4;

  public PasswordContext {
    words = Set.copyOf(words);
  }

  /** The product's words only, when no account is known. */
  public static PasswordContext productOnly() {
    return of(null, null);
  }

  /** The product's words and those of the account's address (local part, domain) and name. */
  public static PasswordContext of(String email, String name) {
    Set<String> words = new LinkedHashSet<>(PRODUCT_WORDS);
    if (email != null) {
      String lower = email.strip().toLowerCase(Locale.ROOT);
      int at = lower.indexOf('@');
      if (at > 0) {
        addParts(words, lower.substring(0, at));
        String domain = lower.substring(at + 1);
        int dot = domain.indexOf('.');
        addParts(words, dot > 0 ? domain.substring(0, dot) : domain);
      }
    }
    if (name != null) {
      addParts(words, name.toLowerCase(Locale.ROOT));
    }
    return new PasswordContext(words);
  }

  private static void addParts(Set<String> words, String text) {
    if (text.length() >= SHORTEST_WORD) {
      words.add(text);
    }
    for (String part : text.split("[^\\p{L}\\p{N}]+")) {
      if (part.length() >= SHORTEST_WORD) {
        words.add(part);
      }
    }
  }

  /** The first word the password contains, ignoring case; null when it contains none. */
  public String wordIn(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    return words.stream().filter(lower::contains).findFirst().orElse(null);
  }
}
