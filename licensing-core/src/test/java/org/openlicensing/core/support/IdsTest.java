package org.openlicensing.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsAreVersion7WithTheRfcVariant() {
    UUID id = Ids.newId(1_700_000_000_000L);

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_700_000_000_000L);
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
}
