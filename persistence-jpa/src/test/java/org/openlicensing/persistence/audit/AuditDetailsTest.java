package org.openlicensing.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The column form of audit details; the round trips themselves are in the contract tests. */
class AuditDetailsTest {

  @Test
  void detailsAreAJsonObjectWithSortedKeys() {
    assertThat(AuditDetails.encode(Map.of("b", "2", "a", "1")))
        .isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
  }

  @Test
  void noDetailsAreAnEmptyObject() {
    assertThat(AuditDetails.encode(Map.of())).isEqualTo("{}");
    assertThat(AuditDetails.decode("{}")).isEmpty();
  }

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertThat(AuditDetails.encode(Map.of("k", "\"\\\n\u0000")))
        .isEqualTo("{\"k\":\"\\\"\\\\\\u000a\\u0000\"}");
  }

  @Test
  void unpairedSurrogatesAreEscapedAndPairsKept() {
    assertThat(AuditDetails.encode(Map.of("k", "\ud800 😀"))).isEqualTo("{\"k\":\"\\ud800 😀\"}");
  }

  @Test
  void standardJsonEscapesAreRead() {
    assertThat(AuditDetails.decode("{\"k\":\"\\/\\b\\f\\n\\r\\t\\u00e9\"}"))
        .containsEntry("k", "/\b\f\n\r\t\u00e9");
  }

  @Test
  void textThatIsNotTheWrittenFormIsACorruptedRow() {
    for (String corrupted :
        new String[] {"", "{", "{\"k\":1}", "{\"k\":\"v\"} ", "{\"k\":\"\\x\"}"}) {
      assertThatThrownBy(() -> AuditDetails.decode(corrupted))
          .as(corrupted)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("audit event");
    }
  }
}
