package org.openlicensing.api.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotaTest {
  @Test
  void aQuotaEntitlementNamesMetricLimitAndPeriod() {
    assertThat(Quota.parse("quota:api_calls:10000:month"))
        .contains(new Quota("api_calls", 10_000, QuotaPeriod.MONTH));
    assertThat(Quota.parse("quota:disk.bytes-out:1:day"))
        .contains(new Quota("disk.bytes-out", 1, QuotaPeriod.DAY));
    assertThat(Quota.parse("quota:syncs:999999999999999999:period"))
        .contains(new Quota("syncs", Quota.MAX_LIMIT, QuotaPeriod.PERIOD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "exports", "priority-support", "quota", "quotas:x:1:day", ""})
  void plainEntitlementsGrantNoQuota(String entitlement) {
    assertThat(Quota.parse(entitlement)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quota:",
        "quota:api_calls",
        "quota:api_calls:10",
        "quota:api_calls:10:week",
        "quota:api_calls:10:Month",
        "quota:api_calls:0:day",
        "quota:api_calls:010:day",
        "quota:api_calls:-1:day",
        "quota:api_calls:1.5:day",
        "quota:api_calls:1000000000000000000:day",
        "quota:API:10:day",
        "quota:9lives:10:day",
        "quota:api_calls:10:day:extra",
        "quota::10:day"
      })
  void aMalformedQuotaIsRefusedNotGuessedAt(String entitlement) {
    assertThatThrownBy(() -> Quota.parse(entitlement)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQuotaWritesItsOwnEntitlement() {
    Quota quota = new Quota("api_calls", 10_000, QuotaPeriod.MONTH);

    assertThat(quota.entitlement()).isEqualTo("quota:api_calls:10000:month");
    assertThat(Quota.parse(quota.entitlement())).contains(quota);
  }

  @Test
  void aStandingTellsWhatRemainsAndWhenTheLimitIsReached() {
    Quota quota = new Quota("api_calls", 10, QuotaPeriod.DAY);
    java.time.Instant now = java.time.Instant.parse("2031-03-04T00:00:00Z");

    assertThat(new QuotaStanding(quota, 4, now, now).remaining()).isEqualTo(6);
    assertThat(new QuotaStanding(quota, 10, now, now).reached()).isTrue();
    assertThat(new QuotaStanding(quota, 12, now, now).remaining()).isZero();
  }
}
