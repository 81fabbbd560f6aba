package org.openlicensing.core.licenses;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * License keys: 150 random bits from a CSPRNG, written as 30 characters of Crockford's base 32 in
 * six groups of five ({@code 7KQ3M-0ZX9D-...}). The alphabet leaves out I, L, O and U, so keys read
 * aloud or typed by hand are hard to get wrong; {@link #normalize} forgives case, spaces and the
 * look-alike letters.
 */
public final class LicenseKeys {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int GROUPS = 6;
  static final int GROUP_LENGTH = 5;
  static final int LENGTH = GROUPS * GROUP_LENGTH;

  /** The longest text worth looking up as a key; longer input is refused before any query. */
  public static final int MAX_INPUT_LENGTH = 64;

  private final SecureRandom random;

  public LicenseKeys() {
    this(new SecureRandom());
  }

  LicenseKeys(SecureRandom random) {
    this.random = random;
  }

  public String next() {
    byte[] bits = new byte[(LENGTH * 5 + 7) / 8];
    random.nextBytes(bits);
    StringBuilder key = new StringBuilder(LENGTH + GROUPS - 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP_LENGTH == 0) {
        key.append('-');
      }
      key.append(ALPHABET.charAt(fiveBitsAt(bits, i * 5)));
    }
    return key.toString();
  }

  private static int fiveBitsAt(byte[] bits, int offset) {
    int value = 0;
    for (int b = 0; b < 5; b++) {
      int bit = offset + b;
      value = (value << 1) | ((bits[bit / 8] >> (7 - bit % 8)) & 1);
    }
    return value;
  }

  /**
   * The canonical form of a key as a person may have typed it; text that cannot be a key is
   * returned upper-cased, and simply will not be found.
   */
  public static String normalize(String typed) {
    String upper = typed.strip().toUpperCase(Locale.ROOT);
    StringBuilder symbols = new StringBuilder(LENGTH);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      symbols.append(
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          });
    }
    if (symbols.length() != LENGTH || !symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return upper;
    }
    StringBuilder key = new StringBuilder(LENGTH + GROUPS - 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP_LENGTH == 0) {
        key.append('-');
      }
      key.append(symbols.charAt(i));
    }
    return key.toString();
  }
}
