package org.openlicensing.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.auth.AccessTokens;
import org.openlicensing.core.testing.MutableClock;

/**
 * Keys shared through one directory and rotated: new tokens use the new key, old ones verify until
 * they expire, a retired key leaves the published set after the longest token life, and a server
 * that did not rotate follows the one that did.
 */
class KeyRotationTest {
  private static final String ISSUER = "https://licensing.example.test";
  private static final Duration RETENTION = Duration.ofDays(30);

  @TempDir Path directory;
  private final MutableClock clock = new MutableClock(Instant.parse("2031-03-04T05:06:07Z"));

  private KeyRing ring() {
    return new KeyRing(new FileSigningKeyStore(directory), () -> RETENTION, clock);
  }

  private static Set<String> kids(KeyRing ring, KeyPurpose purpose) {
    return ring.publicKeys(purpose).getKeys().stream()
        .map(JWK::getKeyID)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aRotationSignsWithANewKeyAndKeepsTheOldOnePublishedForTheRetention() {
    KeyRing ring = ring();
    String before = ring.licenseKey().getKeyID();

    clock.advance(Duration.ofMinutes(1));
    ring.rotate(KeyPurpose.LICENSE_TOKENS);

    String after = ring.licenseKey().getKeyID();
    assertThat(after).isNotEqualTo(before);
    assertThat(kids(ring, KeyPurpose.LICENSE_TOKENS)).containsExactlyInAnyOrder(before, after);
    assertThat(ring.publicKeys().getKeys()).noneMatch(JWK::isPrivate);
    clock.advance(RETENTION.minusSeconds(61));
    ring.reload();
    assertThat(kids(ring, KeyPurpose.LICENSE_TOKENS)).contains(before);
    clock.advance(Duration.ofMinutes(2));
    ring.reload();
    assertThat(kids(ring, KeyPurpose.LICENSE_TOKENS)).containsExactly(after);
    assertThat(ring.accessTokenKey().getKeyID())
        .as("the other purpose is untouched")
        .isEqualTo(ring().accessTokenKey().getKeyID());
  }

  @Test
  void serversSharingTheDirectoryFollowARotationAndAcceptEachOthersTokens() {
    KeyRing first = ring();
    KeyRing second = ring();
    AccessTokens firstTokens = new AccessTokens(first, ISSUER, clock);
    AccessTokens secondTokens = new AccessTokens(second, ISSUER, clock);
    UUID account = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    String old = firstTokens.issue(account, Set.of(PlatformRole.USER), session);

    clock.advance(Duration.ofSeconds(30));
    first.rotate(KeyPurpose.ACCESS_TOKENS);
    String fresh = firstTokens.issue(account, Set.of(PlatformRole.USER), session);

    assertThat(secondTokens.verify(old).accountId()).isEqualTo(account);
    assertThat(secondTokens.verify(fresh).accountId())
        .as("the second server reloads on a kid it does not know yet")
        .isEqualTo(account);
    assertThat(second.accessTokenKey().getKeyID()).isEqualTo(first.accessTokenKey().getKeyID());
  }

  @Test
  void aTokenOfAKeyThatIsNoLongerPublishedIsRefused() {
    KeyRing ring = ring();
    AccessTokens tokens = new AccessTokens(ring, ISSUER, clock);
    String old = tokens.issue(UUID.randomUUID(), Set.of(PlatformRole.USER), UUID.randomUUID());

    ring.rotate(KeyPurpose.ACCESS_TOKENS);
    clock.advance(RETENTION.plusMinutes(1));
    ring.reload();

    assertThatThrownBy(() -> tokens.verify(old)).isInstanceOf(LicensingException.class);
  }

  @Test
  void fixedKeysPublishBothPurposesAndRefuseToRotate() {
    KeyRing fixed = KeyRing.of(KeyGeneration.newSigningKeys(), clock);

    assertThat(fixed.publicKeys().getKeys()).hasSize(2);
    assertThatThrownBy(() -> fixed.rotate(KeyPurpose.LICENSE_TOKENS))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
