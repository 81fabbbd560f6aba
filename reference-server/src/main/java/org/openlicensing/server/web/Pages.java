package org.openlicensing.server.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.openlicensing.core.mail.Html;

/**
 * The small HTML pages e-mailed links open. No scripts, no outside resources, not framable; the
 * token travels in a form post, never followed by a GET that changes anything (mail scanners fetch
 * links).
 */
final class Pages {
  private Pages() {}

  static Response page(int status, String title, String body) {
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width\"><title>"
            + Html.escape(title)
            + "</title></head><body><h1>"
            + Html.escape(title)
            + "</h1>"
            + body
            + "</body></html>";
    return Response.status(status)
        .entity(html)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .header("Content-Security-Policy", "default-src 'none'; form-action 'self'")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** A form that posts the token (and any other fields) back to the page. */
  static String form(String action, String token, String fields, String button) {
    return "<form method=\"post\" action=\""
        + Html.escape(action)
        + "\"><input type=\"hidden\" name=\"token\" value=\""
        + Html.escape(token == null ? "" : token)
        + "\">"
        + fields
        + "<button type=\"submit\">"
        + Html.escape(button)
        + "</button></form>";
  }

  static String paragraph(String text) {
    return "<p>" + Html.escape(text) + "</p>";
  }
}
