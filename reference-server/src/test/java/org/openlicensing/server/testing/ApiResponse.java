package org.openlicensing.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** What the server answered: status, headers, the body as JSON (or null) and as text. */
public record ApiResponse(int status, HttpHeaders headers, JsonNode json, String text) {
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String contentType() {
    return header("Content-Type");
  }

  /** A field of the JSON body as text, or null. */
  public String field(String name) {
    JsonNode node = json == null ? null : json.get(name);
    return node == null || node.isNull() ? null : node.asText();
  }

  @Override
  public String toString() {
    return status + " " + text;
  }
}
