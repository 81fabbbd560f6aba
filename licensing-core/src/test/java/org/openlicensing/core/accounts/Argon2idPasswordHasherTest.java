package org.openlicensing.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

  @Test
  void hashesAsAPhcStringWithOwaspMinimumParameters() {
    assertThat(hasher.hash("correct horse battery staple"))
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = hasher.hash("correct horse battery staple");

    assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void verifiesHashesMadeWithOtherParameters() {
    Argon2idPasswordHasher weaker =
        new Argon2idPasswordHasher(new Argon2idPasswordHasher.Parameters(1024, 1, 1), 1);

    assertThat(hasher.verify("old password", weaker.hash("old password"))).isTrue();
  }

  @Test
  void asksForARehashWhenTheParametersRose() {
    Argon2idPasswordHasher weaker =
        new Argon2idPasswordHasher(new Argon2idPasswordHasher.Parameters(1024, 1, 1), 1);

    assertThat(hasher.needsRehash(weaker.hash("pw"))).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
  }

  @Test
  void treatsUnreadableHashesAsNoMatch() {
    assertThat(hasher.verify("pw", "$2a$10$bcryptlookingthing")).isFalse();
    assertThat(hasher.verify("pw", null)).isFalse();
    assertThat(hasher.needsRehash("garbage")).isTrue();
  }
}
