package org.openlicensing.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsAreVersion7WithTheRfcVariant() {
    // Each test of this class keeps to its own stretch of time: ids remember the last millisecond.
    UUID id = Ids.newId(1_600_000_000_000L);

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_600_000_000_000L);
  }

  @Test
  void idsOfLaterMillisecondsSortAfterEarlierOnes() {
    List<UUID> ids = new ArrayList<>();
    for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_100L; ms++) {
      ids.add(Ids.newId(ms));
    }
    List<String> asText = ids.stream().map(UUID::toString).toList();

    assertThat(asText).isSorted();
  }

  @Test
  void idsOfOneMillisecondKeepTheOrderTheyWereMadeIn() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Ids.newId(1_800_000_000_000L));
    }

    assertThat(ids.stream().map(UUID::toString).toList()).isSorted().doesNotHaveDuplicates();
    assertThat(ids.get(0).getMostSignificantBits() >>> 16).isEqualTo(1_800_000_000_000L);
  }

  @Test
  void aClockThatStepsBackALittleStillMakesLaterIds() {
    UUID before = Ids.newId(1_900_000_000_500L);
    UUID after = Ids.newId(1_900_000_000_000L);

    assertThat(after.toString()).isGreaterThan(before.toString());
  }

  @Test
  void aClockSetFarBackStartsAfresh() {
    Ids.newId(1_950_000_000_000L);
    UUID earlier = Ids.newId(1_950_000_000_000L - Ids.MAX_STEP_BACK_MILLIS - 1);

    assertThat(earlier.getMostSignificantBits() >>> 16)
        .isEqualTo(1_950_000_000_000L - Ids.MAX_STEP_BACK_MILLIS - 1);
  }
}
