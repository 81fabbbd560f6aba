package org.openlicensing.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions on RFC 9457 problem answers: status, stable code, the fields named, no leaks. */
public final class Problems {
  /** What would show that the server's insides leaked into an answer. */
  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "\tat ",
          "at org.",
          "at java.",
          "java.lang",
          "java.util",
          "jackson",
          "org.openlicensing",
          "org.glassfish",
          "eclipse",
          "org.h2",
          "SQLState",
          "PSQL");

  private Problems() {}

  /** A problem with this status and code. */
  public static void assertProblem(ApiResponse answer, int status, String code) {
    assertProblem(answer, status, code, null);
  }

  /** A problem with this status and code that names {@code field} among the fields at fault. */
  public static void assertProblem(ApiResponse answer, int status, String code, String field) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertIsProblem(answer);
    assertThat(answer.field("code")).as("code of %s", answer).isEqualTo(code);
    assertThat(answer.json().get("status").asInt()).as("%s", answer).isEqualTo(status);
    if (field != null) {
      assertThat(fieldsOf(answer)).as("fields named by %s", answer).contains(field);
    }
  }

  /** A 4xx in problem+json with a code, and no trace of the server's insides. */
  public static void assertIsProblem(ApiResponse answer) {
    assertThat(answer.status()).as("status of %s", answer).isBetween(400, 499);
    assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
    assertThat(answer.field("code")).as("code of %s", answer).isNotBlank();
    assertThat(answer.field("type")).as("%s", answer).isNotBlank();
    assertThat(answer.field("title")).as("%s", answer).isNotBlank();
    assertNoInternals(answer);
  }

  public static void assertNoInternals(ApiResponse answer) {
    assertThat(answer.text()).as("%s", answer).doesNotContain(INTERNALS);
  }

  /** The fields a validation problem names. */
  public static List<String> fieldsOf(ApiResponse answer) {
    List<String> fields = new ArrayList<>();
    JsonNode errors = answer.json() == null ? null : answer.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.add(e.get("field").asText()));
    }
    return fields;
  }
}
