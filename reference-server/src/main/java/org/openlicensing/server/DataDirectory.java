package org.openlicensing.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's data directory holds the embedded database (password hashes, license keys) and the
 * signing keys, so the server creates it readable by its owner only, and warns when an existing one
 * is open to others.
 */
final class DataDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private DataDirectory() {}

  static void prepare(Path directory) {
    boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (Files.notExists(directory)) {
        if (posix) {
          Files.createDirectories(
              directory,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(directory);
        }
      } else if (posix
          && Files.getPosixFilePermissions(directory).stream().anyMatch(OTHERS::contains)) {
        LOG.warn(
            "The data directory {} is open to other users; it holds the database and the signing"
                + " keys: chmod 700 it",
            directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + directory, e);
    }
  }
}
