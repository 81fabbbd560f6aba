package org.openlicensing.core.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The one shape of our e-mails: a greeting, a lead, a link, a closing; as text and as HTML. */
final class LinkMails {
  private LinkMails() {}

  static String link(String publicUrl, String path, String secret) {
    return publicUrl + path + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  static Email compose(
      String to, String subject, String greeting, String lead, String link, String closing) {
    String text = greeting + "\n\n" + lead + "\n\n" + link + "\n\n" + closing + "\n";
    String html =
        "<p>"
            + Html.escape(greeting)
            + "</p><p>"
            + Html.escape(lead)
            + "</p><p><a href=\""
            + Html.escape(link)
            + "\">"
            + Html.escape(link)
            + "</a></p><p>"
            + Html.escape(closing)
            + "</p>";
    return new Email(to, subject, text, Optional.of(html));
  }
}
