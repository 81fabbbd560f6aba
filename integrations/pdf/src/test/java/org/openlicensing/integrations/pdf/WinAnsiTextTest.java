package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WinAnsiTextTest {
  @ParameterizedTest(name = "\"{0}\" prints as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // WinAnsi has these: kept as they are
        "Ærøskøbing ApS              | Ærøskøbing ApS",
        "Müller & Söhne, Straße 5    | Müller & Söhne, Straße 5",
        "“Quotes” – €5 • Œuvre Ÿ     | “Quotes” – €5 • Œuvre Ÿ",
        // decomposed to a base letter WinAnsi has
        "Příbram, Česká republika     | Príbram, Ceská republika",
        "Şişli, İstanbul              | Sisli, Istanbul",
        "Hà Nội                       | Hà Noi",
        // letters with a stroke have no decomposition; they get their base letter
        "Łódź Sp. z o.o.              | Lódz Sp. z o.o.",
        "Đakovo, Ħamrun, ı            | Dakovo, Hamrun, i",
        // nothing near in WinAnsi: one question mark per character
        "ООО Ромашка                  | ??? ???????",
        "株式会社                      | ????",
        "Ωmega                        | ?mega"
      })
  void degradesWhatWinAnsiCannotShow(String text, String printed) {
    assertThat(WinAnsiText.degrade(text)).isEqualTo(printed);
  }

  @Test
  void composesADecomposedLetterBeforeLookingItUp() {
    assertThat(WinAnsiText.degrade("Cafe\u0301")).isEqualTo("Café");
  }

  @Test
  void makesACharacterOutsideTheBasicPlaneOneQuestionMark() {
    assertThat(WinAnsiText.degrade("\uD83D\uDE00 ok")).isEqualTo("? ok");
  }

  @Test
  void turnsControlsAndOtherSpacesIntoSpaces() {
    assertThat(WinAnsiText.degrade("a\tb\nc\u2003d")).isEqualTo("a b c d");
  }
}
