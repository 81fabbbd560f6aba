package org.openlicensing.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.config.ConfigReader;
import org.openlicensing.server.config.ServerConfig;

class LoadSuiteConfigurationTest {

  @Test
  void theServerTakesTheRaisedActivationLimits() {
    // The load run starts the reference server with these: they must parse, and raise both limits.
    Map<String, String> environment = new HashMap<>(LoadSuite.SERVER_CONFIGURATION);
    environment.put("LICENSING_ADMIN_PASSWORD", "Quiet-harbor-lanterns-1987");

    ServerConfig config = ConfigReader.read(environment);

    assertThat(config.limits().activationsPerIp().capacity()).isEqualTo(1_000_000);
    assertThat(config.limits().activationsPerIp().period()).isEqualTo(Duration.ofHours(1));
    assertThat(config.limits().activationsPerLicense().capacity()).isEqualTo(1_000_000);
  }
}
