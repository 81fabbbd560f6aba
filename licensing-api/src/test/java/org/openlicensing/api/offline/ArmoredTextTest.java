package org.openlicensing.api.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import org.junit.jupiter.api.Test;

class ArmoredTextTest {
  private static final String LABEL = "OPENLICENSING LICENSE FILE";
  private static final String JWS = "eyJhbGciOiJFZERTQSJ9." + "a".repeat(150) + ".sig_-x";

  @Test
  void wrapsThePayloadAt64ColumnsBetweenItsLines() {
    String text = ArmoredText.armor(LABEL, JWS);

    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo("-----BEGIN OPENLICENSING LICENSE FILE-----");
    assertThat(lines[lines.length - 1]).isEqualTo("-----END OPENLICENSING LICENSE FILE-----");
    assertThat(lines).hasSize(2 + (JWS.length() + 63) / 64);
    for (int i = 1; i < lines.length - 2; i++) {
      assertThat(lines[i]).hasSize(64);
    }
    assertThat(text).endsWith("\n");
  }

  @Test
  void readsBackWhatItWroteWhateverTheLineEndingsAndTheTextAround() throws ParseException {
    String armored = ArmoredText.armor(LABEL, JWS);
    String mailed =
        "Hello, here is the file you asked for:\r\n\r\n"
            + armored.replace("\n", "\r\n")
            + "\r\nRegards, support";
    String indented = "  " + armored.replace("\n", "\n  ");
    String rewrapped = armored.replace("\n", "\n\n");

    assertThat(ArmoredText.unarmor(LABEL, armored)).isEqualTo(JWS);
    assertThat(ArmoredText.unarmor(LABEL, mailed)).isEqualTo(JWS);
    assertThat(ArmoredText.unarmor(LABEL, indented)).isEqualTo(JWS);
    assertThat(ArmoredText.unarmor(LABEL, rewrapped)).isEqualTo(JWS);
  }

  @Test
  void refusesTextThatIsNotOneWholeBlockOfThisLabel() {
    String armored = ArmoredText.armor(LABEL, JWS);

    assertUnreadable(null, "no text");
    assertUnreadable("just words", "no -----BEGIN");
    assertUnreadable(armored.replace("LICENSE FILE", "ACTIVATION RESPONSE"), "no -----BEGIN");
    assertUnreadable(armored.substring(0, armored.indexOf("-----END")), "cut short");
    assertUnreadable(armored + armored, "a second");
    assertUnreadable(armored.replace(JWS.substring(0, 10), "<script>!!"), "not part of");
    assertUnreadable("-----BEGIN " + LABEL + "-----\n-----END " + LABEL + "-----\n", "is empty");
    assertUnreadable("-----END " + LABEL + "-----\n" + armored, "without its BEGIN");
  }

  @Test
  void armorsOnlyBase64AndJwsPayloads() {
    assertThatThrownBy(() -> ArmoredText.armor(LABEL, "two words"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArmoredText.armor("lower case", JWS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertUnreadable(String text, String why) {
    assertThatThrownBy(() -> ArmoredText.unarmor(LABEL, text))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(why);
  }
}
