package org.openlicensing.core.accounts;

/**
 * What a new password must be (NIST SP 800-63B, OWASP ASVS V6): long enough, not absurdly long, not
 * one of the most common passwords, free of the context's words, and no composition rules. Length
 * counts characters (code points), not bytes.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 256;

  private PasswordPolicy() {}

  /** Returns why the password is refused, or null when it is acceptable. */
  public static String problemWith(String password, PasswordContext context) {
    String problem = problemWith(password);
    if (problem == null && context.wordIn(password) != null) {
      return "must not contain your name, your e-mail address or the product's name";
    }
    return problem;
  }

  /** The rules that need no context: length and the common passwords. */
  public static String problemWith(String password) {
    if (password == null || password.isEmpty()) {
      return "is required";
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return "must be at least " + MIN_LENGTH + " characters";
    }
    if (length > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (CommonPasswords.contains(password)) {
      return "is one of the most common passwords; choose another";
    }
    return null;
  }
}
