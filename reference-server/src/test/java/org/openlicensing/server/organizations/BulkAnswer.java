package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.server.testing.ApiResponse;

/** A bulk operation's report as the server answered it, and what a test expects of it. */
record BulkAnswer(int total, int applied, Map<String, Integer> counts, List<Line> lines) {

  /** One line of the report; {@code detail} is null when the server gave none. */
  record Line(int line, String subject, String outcome, String detail) {
    /** The line without its detail, to compare with what a test expects. */
    Line withoutDetail() {
      return new Line(line, subject, outcome, null);
    }
  }

  static Line line(int line, String subject, String outcome) {
    return new Line(line, subject, outcome, null);
  }

  /** Reads a 200 answer; fails the test on anything else. */
  static BulkAnswer of(ApiResponse answer) {
    assertThat(answer.status()).as("bulk: %s", answer).isEqualTo(200);
    JsonNode json = answer.json();
    Map<String, Integer> counts = new LinkedHashMap<>();
    json.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
    List<Line> lines = new ArrayList<>();
    for (JsonNode line : json.get("lines")) {
      JsonNode detail = line.get("detail");
      lines.add(
          new Line(
              line.get("line").asInt(),
              line.get("subject").asText(),
              line.get("outcome").asText(),
              detail == null || detail.isNull() ? null : detail.asText()));
    }
    return new BulkAnswer(json.get("total").asInt(), json.get("applied").asInt(), counts, lines);
  }

  /** The lines without their details, for an exact comparison of the rest. */
  List<Line> linesWithoutDetail() {
    return lines.stream().map(Line::withoutDetail).toList();
  }

  /** The count of each outcome the expected lines have, as the report should count them. */
  static Map<String, Integer> countsOf(List<Line> expected) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    expected.forEach(l -> counts.merge(l.outcome(), 1, Integer::sum));
    return counts;
  }
}
