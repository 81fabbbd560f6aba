package org.openlicensing.server.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Fifty devices activate one license (device limit 3) at the same instant, over HTTP: exactly three
 * win, every other one is told DEVICE_LIMIT_REACHED, and the license ends with three devices.
 */
public abstract class DeviceLimitRaceContract extends ServerTestBase {
  private static final int DEVICES = 50;
  private static final int LIMIT = 3;

  @Test
  void fiftyConcurrentActivationsOnALimitOfThreeLetExactlyThreeIn() throws Exception {
    String key = newCustomer().subscribeAndListLicenses("pro", 1).get(0).get("key").asText();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
    List<ApiResponse> answers = new ArrayList<>();
    try {
      List<Future<ApiResponse>> futures = new ArrayList<>();
      for (int i = 0; i < DEVICES; i++) {
        String fingerprint = "race-device-" + i;
        Callable<ApiResponse> activation =
            () -> {
              start.await();
              return api.post(
                  "/v1/activations", Map.of("licenseKey", key, "fingerprint", fingerprint));
            };
        futures.add(pool.submit(activation));
      }
      start.countDown();
      for (Future<ApiResponse> future : futures) {
        answers.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(LIMIT);
    assertThat(answers)
        .filteredOn(a -> a.status() != 201)
        .hasSize(DEVICES - LIMIT)
        .allSatisfy(
            refused -> {
              assertThat(refused.status()).isEqualTo(409);
              assertThat(refused.field("code")).isEqualTo("DEVICE_LIMIT_REACHED");
            });
    ApiResponse validation = api.post("/v1/validations", Map.of("licenseKey", key));
    assertThat(validation.json().get("license").get("activations").asInt()).isEqualTo(LIMIT);
  }
}
