package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** What the stand-in answers: a status, a JSON body and extra headers. */
public record StandInResponse(int status, JsonNode body, Map<String, String> headers) {
  public StandInResponse {
    headers = Map.copyOf(headers);
  }

  /** A snapshot of {@code body}, so that a replayed answer does not change with the state. */
  public static StandInResponse ok(JsonNode body) {
    return new StandInResponse(200, body.deepCopy(), Map.of());
  }

  public StandInResponse withHeader(String name, String value) {
    java.util.HashMap<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new StandInResponse(status, body, more);
  }

  /**
   * Stripe's error shape: {@code {"error": {"type", "code", "decline_code", "param", "message"}}}.
   */
  public static StandInResponse error(
      int status, String type, String code, String declineCode, String param, String message) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("type", type);
    putIfPresent(error, "code", code);
    putIfPresent(error, "decline_code", declineCode);
    putIfPresent(error, "param", param);
    error.put("message", message);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("error", error);
    return new StandInResponse(status, body, Map.of("Request-Id", "req_standin"));
  }

  public static StandInResponse cardDeclined(String declineCode) {
    return error(402, "card_error", "card_declined", declineCode, null, "Your card was declined.");
  }

  public static StandInResponse missing(String resource, String id) {
    return error(
        404,
        "invalid_request_error",
        "resource_missing",
        null,
        "id",
        "No such " + resource + ": '" + id + "'");
  }

  public static StandInResponse invalid(String code, String param, String message) {
    return error(400, "invalid_request_error", code, null, param, message);
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
