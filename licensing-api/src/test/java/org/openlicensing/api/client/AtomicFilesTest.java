package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path directory;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aNewFileAndItsNewDirectoryAreTheOwnersOnly() throws Exception {
    Path file = directory.resolve("state").resolve("license.cache");

    AtomicFiles.write(file, bytes("first"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void aWriteReplacesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = directory.resolve("license.cache");
    AtomicFiles.write(file, bytes("a much longer first content"));

    AtomicFiles.write(file, bytes("short"));

    assertThat(Files.readString(file)).isEqualTo("short");
    assertThat(filesIn(directory)).isEqualTo(1);
  }

  @Test
  void aWriteThatCannotCompleteLeavesTheTargetAndNoTemporaryFile() throws Exception {
    // A non-empty directory where the file goes: the final move fails.
    Path target = directory.resolve("license.cache");
    Files.createDirectories(target);
    Files.writeString(target.resolve("inside"), "kept");

    Throwable failure = catchThrowable(() -> AtomicFiles.write(target, bytes("new")));

    assertThat(failure).isInstanceOf(IOException.class);
    assertThat(Files.readString(target.resolve("inside"))).isEqualTo("kept");
    assertThat(filesIn(directory)).isEqualTo(1);
  }
}
