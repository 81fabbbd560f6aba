package org.openlicensing.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSigningKeyStoreTest {
  @TempDir Path data;

  @Test
  void createsKeysOnFirstUseAndReadsTheSameOnesLater() {
    Path dir = data.resolve("keys");
    SigningKeys first = new FileSigningKeyStore(dir).loadOrCreate();
    SigningKeys second = new FileSigningKeyStore(dir).loadOrCreate();

    assertThat(second.licenseKey()).isEqualTo(first.licenseKey());
    assertThat(second.accessTokenKey()).isEqualTo(first.accessTokenKey());
    assertThat(first.licenseKey().getKeyID()).isNotBlank();
  }

  @Test
  void keepsTheKeysReadableByTheOwnerOnly() throws Exception {
    Path dir = data.resolve("keys");
    new FileSigningKeyStore(dir).loadOrCreate();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(FileSigningKeyStore.LICENSE_KEY_FILE))))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(FileSigningKeyStore.ACCESS_KEY_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void tightensKeyFilesThatWereLeftReadableByOthers() throws Exception {
    Path dir = data.resolve("keys");
    new FileSigningKeyStore(dir).loadOrCreate();
    Path file = dir.resolve(FileSigningKeyStore.LICENSE_KEY_FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    new FileSigningKeyStore(dir).loadOrCreate();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void serversStartingTogetherAgreeOnOneKey() throws Exception {
    Path dir = data.resolve("keys");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SigningKeys>> results = new ArrayList<>();
      Callable<SigningKeys> start = () -> new FileSigningKeyStore(dir).loadOrCreate();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(start));
      }
      SigningKeys first = results.get(0).get();
      for (Future<SigningKeys> result : results) {
        assertThat(result.get().licenseKey()).isEqualTo(first.licenseKey());
        assertThat(result.get().accessTokenKey()).isEqualTo(first.accessTokenKey());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void publishesOnlyPublicKeys() {
    SigningKeys keys = new FileSigningKeyStore(data.resolve("keys")).loadOrCreate();

    assertThat(keys.publicKeys().getKeys()).hasSize(2).noneMatch(key -> key.isPrivate());
  }
}
