package org.openlicensing.core.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenseKeysTest {
  private final LicenseKeys keys = new LicenseKeys();

  @Test
  void keysAreSixGroupsOfFiveCrockfordSymbols() {
    assertThat(keys.next())
        .matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}){5}");
  }

  @Test
  void keysCarryAtLeast128BitsOfEntropy() {
    // 30 symbols of a 32-symbol alphabet, each drawn from the CSPRNG's bits: 150 bits.
    assertThat(LicenseKeys.LENGTH * Math.log(LicenseKeys.ALPHABET.length()) / Math.log(2))
        .isGreaterThanOrEqualTo(128);
  }

  @Test
  void everySymbolOfTheAlphabetOccurs() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      keys.next().chars().filter(c -> c != '-').forEach(c -> seen.add((char) c));
    }
    assertThat(seen).hasSize(32);
  }

  @Test
  void tenThousandKeysAreDistinct() {
    Set<String> made = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(keys.next());
    }
    assertThat(made).hasSize(10_000);
  }

  @Test
  void normalizeForgivesCaseSpacesMissingDashesAndLookAlikes() {
    String key = "7KQ3M-0ZX9D-A1B2C-D3E4F-G5H6J-K7M8N";

    assertThat(LicenseKeys.normalize(" 7kq3m 0zx9d-a1b2c-d3e4f-g5h6j-k7m8n ")).isEqualTo(key);
    assertThat(LicenseKeys.normalize("7KQ3MOZX9DAIB2CD3E4FG5H6JK7M8N")).isEqualTo(key);
    assertThat(LicenseKeys.normalize("7KQ3M-0ZX9D-ALB2C-D3E4F-G5H6J-K7M8N")).isEqualTo(key);
  }

  @Test
  void normalizeLeavesTextThatCannotBeAKeyRecognizablyWrong() {
    assertThat(LicenseKeys.normalize("nope-nope")).isEqualTo("NOPE-NOPE");
  }
}
