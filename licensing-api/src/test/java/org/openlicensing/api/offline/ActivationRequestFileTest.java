package org.openlicensing.api.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationRequestFileTest {
  private static final Instant WRITTEN = Instant.parse("2026-11-27T10:15:30Z");

  private static ActivationRequestFile request() {
    return new ActivationRequestFile(
        "7KQ3M-0ZX9D-AB12C-DE34F-GH56J-KM78N",
        "lab-pc-7",
        ActivationRequestFile.newNonce(),
        Optional.of("Lab PC 7 – Zürich"),
        Optional.of("linux"),
        WRITTEN);
  }

  private static String armoredJson(String json) {
    return ArmoredText.armor(
        OfflineFiles.ACTIVATION_REQUEST,
        Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsBackEveryFieldItWrote() throws ParseException {
    ActivationRequestFile written = request();

    ActivationRequestFile read = ActivationRequestFile.parse(written.armored());

    assertThat(read).isEqualTo(written);
    assertThat(written.armored()).startsWith("-----BEGIN OPENLICENSING ACTIVATION REQUEST-----");
  }

  @Test
  void optionalFieldsMayBeLeftOut() throws ParseException {
    ActivationRequestFile bare =
        new ActivationRequestFile(
            "KEY-1", "fp", ActivationRequestFile.newNonce(), null, Optional.empty(), WRITTEN);

    assertThat(ActivationRequestFile.parse(bare.armored()).name()).isEmpty();
  }

  @Test
  void noncesAre128RandomBitsInBase64Url() {
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String nonce = ActivationRequestFile.newNonce();
      assertThat(nonce).matches("[A-Za-z0-9_-]{22}");
      nonces.add(nonce);
    }
    assertThat(nonces).hasSize(1_000);
  }

  @Test
  void refusesFilesThatAreNotAVersionOneRequest() {
    String nonce = ActivationRequestFile.newNonce();
    String fields =
        "\"licenseKey\":\"K\",\"fingerprint\":\"f\",\"nonce\":\""
            + nonce
            + "\",\"createdAt\":\"2026-11-27T10:15:30Z\"";

    assertRefused(armoredJson("{\"version\":2," + fields + "}"), "unknown request version");
    assertRefused(armoredJson("{" + fields + "}"), "unknown request version");
    assertRefused(armoredJson("{\"version\":1.5," + fields + "}"), "unknown request version");
    assertRefused(armoredJson("[1,2]"), "");
    assertRefused(
        armoredJson("{\"version\":1," + fields.replace("\"K\"", "\" \"") + "}"), "licenseKey");
    assertRefused(armoredJson("{\"version\":1," + fields.replace(nonce, "short") + "}"), "nonce");
    assertRefused(
        armoredJson("{\"version\":1," + fields.replace("2026-11-27T10:15:30Z", "today") + "}"),
        "createdAt");
    assertRefused(
        armoredJson("{\"version\":1," + fields.replace("\"f\"", "42") + "}"), "fingerprint");
    assertRefused(
        "-----BEGIN OPENLICENSING ACTIVATION REQUEST-----\n%%%\n"
            + "-----END OPENLICENSING ACTIVATION REQUEST-----\n",
        "not part of");
    assertRefused(
        "-----BEGIN OPENLICENSING ACTIVATION REQUEST-----\na\n"
            + "-----END OPENLICENSING ACTIVATION REQUEST-----\n",
        "not base64");
  }

  @Test
  void neverShowsTheLicenseKeyInItsText() {
    assertThat(request().toString()).doesNotContain("7KQ3M").contains("lab-pc-7");
  }

  private static void assertRefused(String text, String why) {
    assertThatThrownBy(() -> ActivationRequestFile.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(why);
  }
}
