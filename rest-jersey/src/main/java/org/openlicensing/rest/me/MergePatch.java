package org.openlicensing.rest.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.openlicensing.api.accounts.Change;
import org.openlicensing.core.support.FieldChecks;

/**
 * Reads a JSON merge patch (RFC 7396) field by field: a field that is absent stays as it is, one
 * that is null is cleared, and one of the wrong JSON type or not known is named in the error.
 */
final class MergePatch {
  private final ObjectNode body;
  private final String prefix;
  private final FieldChecks checks;

  MergePatch(ObjectNode body, String prefix, FieldChecks checks) {
    this.body = body;
    this.prefix = prefix;
    this.checks = checks;
  }

  /** Refuses fields the patch does not know. */
  void allowOnly(Set<String> known) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        checks.reject(prefix + name, "is not a field of this request");
      }
    }
  }

  Change<String> text(String field) {
    JsonNode node = body.get(field);
    if (node == null) {
      return null;
    }
    if (node.isNull()) {
      return Change.cleared();
    }
    if (!node.isTextual()) {
      checks.reject(prefix + field, "must be a string or null");
      return null;
    }
    return Change.to(node.textValue());
  }

  Change<Boolean> bool(String field) {
    JsonNode node = body.get(field);
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      checks.reject(prefix + field, "must be true or false");
      return null;
    }
    return Change.to(node.booleanValue());
  }

  /** A nested object as a patch of its own, or null when absent or null ({@code cleared}). */
  MergePatch object(String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      checks.reject(prefix + field, "must be an object or null");
      return null;
    }
    return new MergePatch((ObjectNode) node, prefix + field + ".", checks);
  }

  boolean has(String field) {
    return body.has(field);
  }

  boolean isNull(String field) {
    return body.has(field) && body.get(field).isNull();
  }

  /** The value as given, for objects that are set whole. */
  String textValue(String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      checks.reject(prefix + field, "must be a string");
      return null;
    }
    return node.textValue();
  }
}
