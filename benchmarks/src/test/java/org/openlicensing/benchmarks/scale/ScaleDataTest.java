package org.openlicensing.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openlicensing.core.licenses.LicenseKeys;

class ScaleDataTest {

  @Test
  void generatedKeysAreCanonicalLicenseKeys() {
    // The SQL that writes them and this method must agree, and lookups normalize keys first.
    String key = ScaleData.key(42);

    assertThat(key).matches("[0-9A-F]{5}(-[0-9A-F]{5}){5}");
    assertThat(LicenseKeys.normalize(key)).isEqualTo(key);
    assertThat(ScaleData.key(43)).isNotEqualTo(key);
  }
}
