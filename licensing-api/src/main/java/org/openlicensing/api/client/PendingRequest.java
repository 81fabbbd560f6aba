package org.openlicensing.api.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The nonce of the device's latest air-gapped activation request, kept next to the cache until its
 * response is imported, so that only the answer to that request is taken. Only the latest request
 * counts: writing a new request file makes the responses to older ones useless.
 */
final class PendingRequest {
  private final Path file;

  PendingRequest(Path cacheFile) {
    this.file = cacheFile.resolveSibling(cacheFile.getFileName() + ".request");
  }

  void remember(String nonce) throws IOException {
    AtomicFiles.write(file, nonce.getBytes(StandardCharsets.US_ASCII));
  }

  Optional<String> nonce() throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  void clear() throws IOException {
    Files.deleteIfExists(file);
  }
}
