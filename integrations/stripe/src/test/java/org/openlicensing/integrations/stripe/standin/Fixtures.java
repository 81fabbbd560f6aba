package org.openlicensing.integrations.stripe.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stripe's official example object of each resource, from Stripe's OpenAPI repository ({@code
 * fixtures3.json}, MIT, LICENSE beside it). The stand-in answers with a copy of the resource's
 * fixture whose fields it sets to what the request asked.
 */
final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode RESOURCES = load();

  private Fixtures() {}

  static ObjectNode copy(String resource) {
    JsonNode fixture = RESOURCES.get(resource);
    if (!(fixture instanceof ObjectNode object)) {
      throw new IllegalArgumentException("no fixture for Stripe resource " + resource);
    }
    return object.deepCopy();
  }

  private static JsonNode load() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/stripe/fixtures3.json")) {
      if (in == null) {
        throw new IllegalStateException("stripe/fixtures3.json is missing from the test resources");
      }
      return JSON.readTree(in).get("resources");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
