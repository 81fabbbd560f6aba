package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LicenseClientBuilderTest {
  private final TestIssuer issuer = new TestIssuer("key-1");

  private LicenseClient.Builder complete() {
    return LicenseClient.builder()
        .server(URI.create("https://licensing.example.com"))
        .licenseKey("KEY")
        .fingerprint("device-1")
        .pinnedJwks(issuer.jwks())
        .cacheFile(Path.of("license.cache"));
  }

  @Test
  void buildsWithTheRequiredOptions() {
    assertThat(complete().build()).isNotNull();
  }

  @Test
  void namesARequiredOptionThatIsMissing() {
    LicenseClient.Builder withoutCache =
        LicenseClient.builder()
            .server(URI.create("https://licensing.example.com"))
            .licenseKey("KEY")
            .fingerprint("device-1")
            .pinnedJwks(issuer.jwks());

    assertThat(catchThrowableOfType(IllegalStateException.class, withoutCache::build))
        .hasMessage("cacheFile is required");
  }

  @Test
  void refusesPlainHttpToAnotherMachineButAllowsItToThisOne() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> LicenseClient.builder().server(URI.create("http://licensing.example.com"))))
        .hasMessageContaining("https");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> LicenseClient.builder().server(URI.create("http://127.0.0.2.example.com"))))
        .hasMessageContaining("https");
    assertThat(complete().server(URI.create("http://localhost:8080")).build()).isNotNull();
    assertThat(complete().server(URI.create("http://127.0.0.1:8080")).build()).isNotNull();
    assertThat(complete().server(URI.create("http://[::1]:8080")).build()).isNotNull();
  }

  @Test
  void refusesAKeySetWithoutAnEd25519Key() {
    LicenseClient.Builder builder = complete().pinnedJwks(new JWKSet());

    assertThat(catchThrowableOfType(IllegalArgumentException.class, builder::build))
        .hasMessageContaining("Ed25519");
  }

  @Test
  void refusesANegativeSkewAndANonPositiveTimeout() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> complete().clockSkew(Duration.ofSeconds(-1))))
        .hasMessageContaining("negative");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> complete().requestTimeout(Duration.ZERO)))
        .hasMessageContaining("positive");
  }

  @Test
  void refusesABlankLicenseKeyOrFingerprint() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> LicenseClient.builder().licenseKey(" ")))
        .hasMessageContaining("licenseKey");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> LicenseClient.builder().fingerprint("")))
        .hasMessageContaining("fingerprint");
  }
}
