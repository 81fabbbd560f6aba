package org.openlicensing.core.mail;

import java.util.Objects;
import java.util.Optional;

/** A transactional e-mail: one recipient, a plain-text body and optionally an HTML one. */
public record Email(String to, String subject, String text, Optional<String> html) {
  public Email {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    html = html == null ? Optional.empty() : html;
  }
}
