package org.openlicensing.rest.licenses;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** Offline files as downloads: plain UTF-8 text, saved under their name, never cached. */
final class OfflineFileResponses {
  /** Tells a client when the file stops working without parsing it. */
  static final String EXPIRES_HEADER = "License-File-Expires";

  private OfflineFileResponses() {}

  static Response attachment(String armored, String fileName, Instant expiresAt) {
    return Response.ok(armored, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        // A file lets a device run: it must not linger in shared caches.
        .header("Cache-Control", "private, no-store")
        .header(EXPIRES_HEADER, expiresAt.toString())
        .build();
  }
}
