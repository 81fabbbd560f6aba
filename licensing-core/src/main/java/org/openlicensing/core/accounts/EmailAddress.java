package org.openlicensing.core.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as accounts are keyed by it: trimmed and in lower case, so that one mailbox is
 * one account whatever case it is typed in. Checked for the common syntax of RFC 5321 (dot-atom
 * local part, a domain of at least two labels), not for every corner of RFC 5322.
 */
public record EmailAddress(String value) {
  private static final Pattern LOCAL =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

  public EmailAddress {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254) {
      throw new IllegalArgumentException("must be at most 254 characters");
    }
    int at = value.lastIndexOf('@');
    if (at < 1 || at > 64 || at == value.length() - 1) {
      throw new IllegalArgumentException("is not a valid e-mail address");
    }
    if (!LOCAL.matcher(value.substring(0, at)).matches()
        || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
      throw new IllegalArgumentException("is not a valid e-mail address");
    }
  }

  public static EmailAddress of(String raw) {
    return new EmailAddress(raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
