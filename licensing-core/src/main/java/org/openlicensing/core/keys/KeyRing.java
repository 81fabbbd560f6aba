package org.openlicensing.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The keys a server signs and verifies with, as the store holds them: per purpose, the newest key
 * that is not retired signs; every key whose tokens may still be valid is published and verifies.
 * Servers reload it (a job, and on a token with an unknown {@code kid}), so that a rotation made on
 * one server reaches the others within a minute.
 */
public final class KeyRing {
  private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

  private final SigningKeyStore store;
  private final Supplier<Duration> retention;
  private final Clock clock;
  private volatile List<SigningKeyEntry> entries;
  private volatile Duration keep;
  private volatile Instant loadedAt;

  /**
   * @param retention how long a retired key stays published: the longest life of a token it may
   *     have signed
   */
  public KeyRing(SigningKeyStore store, Supplier<Duration> retention, Clock clock) {
    this.store = store;
    this.retention = retention;
    this.clock = clock;
    reload();
  }

  /** A ring of fixed keys that never rotate, for applications that manage keys themselves. */
  public static KeyRing of(SigningKeys keys, Clock clock) {
    Instant now = clock.instant();
    List<SigningKeyEntry> fixed =
        List.of(
            new SigningKeyEntry(keys.licenseKey(), KeyPurpose.LICENSE_TOKENS, now, null),
            new SigningKeyEntry(keys.accessTokenKey(), KeyPurpose.ACCESS_TOKENS, now, null));
    SigningKeyStore store =
        new SigningKeyStore() {
          @Override
          public List<SigningKeyEntry> load() {
            return fixed;
          }

          @Override
          public void rotate(KeyPurpose purpose, Instant at) {
            throw new UnsupportedOperationException("these keys are fixed; give a key store");
          }
        };
    return new KeyRing(store, () -> Duration.ZERO, clock);
  }

  /** Reads the keys again from the store. */
  public void reload() {
    entries = List.copyOf(store.load());
    keep = retention.get();
    loadedAt = clock.instant();
  }

  /** Reloads unless it did so a moment ago: for a token whose {@code kid} is not known yet. */
  public boolean reloadIfStale() {
    if (clock.instant().isBefore(loadedAt.plus(RELOAD_AT_MOST_EVERY))) {
      return false;
    }
    reload();
    return true;
  }

  /** A new key for the purpose signs from now on; the old one is retired, still published. */
  public void rotate(KeyPurpose purpose) {
    store.rotate(purpose, clock.instant());
    reload();
  }

  public OctetKeyPair licenseKey() {
    return (OctetKeyPair) current(KeyPurpose.LICENSE_TOKENS);
  }

  public RSAKey accessTokenKey() {
    return (RSAKey) current(KeyPurpose.ACCESS_TOKENS);
  }

  private JWK current(KeyPurpose purpose) {
    return entries.stream()
        .filter(e -> e.purpose() == purpose && e.retiredAt().isEmpty())
        .max(Comparator.comparing(SigningKeyEntry::createdAt))
        .orElseThrow(() -> new IllegalStateException("no signing key for " + purpose))
        .key();
  }

  /** Every key of every purpose, as support sees them. */
  public List<SigningKeyEntry> entries() {
    return entries;
  }

  /** The public halves of the keys whose tokens may still be valid, as the JWKS publishes them. */
  public JWKSet publicKeys() {
    return publicKeys(null);
  }

  /** The published public keys of one purpose; all purposes for null. */
  public JWKSet publicKeys(KeyPurpose purpose) {
    Instant now = clock.instant();
    return new JWKSet(
        entries.stream()
            .filter(e -> purpose == null || e.purpose() == purpose)
            .filter(e -> e.publishedAt(now, keep))
            .sorted(Comparator.comparing(SigningKeyEntry::createdAt).reversed())
            .map(e -> e.key().toPublicJWK())
            .toList());
  }
}
