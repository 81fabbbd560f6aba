package org.openlicensing.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signing keys as JWK files in a directory that only the owner may read: made on first
 * start, read on every later one. Two servers starting at once on one directory agree on one key: a
 * key file is published with a hard link, which fails if another server published first. Servers
 * that share the directory (a network file system, or a volume) share the keys.
 *
 * <p>The first key of each purpose is {@code license-signing-key.jwk.json} or {@code
 * access-token-key.jwk.json}; a rotation adds {@code license-<millis>-<kid>.jwk.json} (or {@code
 * access-…}) and retires the key it replaces with a file {@code <kid>.retired} holding the instant.
 */
public final class FileSigningKeyStore implements SigningKeyStore {
  private static final Pattern ROTATED =
      Pattern.compile("(license|access)-(\\d+)-(.+)\\.jwk\\.json");
  private static final String RETIRED = ".retired";
  private static final Logger LOG = LoggerFactory.getLogger(FileSigningKeyStore.class);
  static final String LICENSE_KEY_FILE = "license-signing-key.jwk.json";
  static final String ACCESS_KEY_FILE = "access-token-key.jwk.json";
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Path directory;

  public FileSigningKeyStore(Path directory) {
    this.directory = directory;
  }

  public SigningKeys loadOrCreate() {
    try {
      createPrivateDirectory();
      OctetKeyPair licenseKey =
          (OctetKeyPair) loadOrCreate(LICENSE_KEY_FILE, KeyGeneration::newEd25519Key);
      RSAKey accessKey = (RSAKey) loadOrCreate(ACCESS_KEY_FILE, KeyGeneration::newRsaKey);
      return new SigningKeys(licenseKey, accessKey);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the signing keys in " + directory, e);
    }
  }

  @Override
  public List<SigningKeyEntry> load() {
    try {
      SigningKeys first = loadOrCreate();
      List<SigningKeyEntry> entries = new ArrayList<>();
      entries.add(
          entry(first.licenseKey(), KeyPurpose.LICENSE_TOKENS, createdAt(LICENSE_KEY_FILE)));
      entries.add(
          entry(first.accessTokenKey(), KeyPurpose.ACCESS_TOKENS, createdAt(ACCESS_KEY_FILE)));
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.sorted().toList()) {
          Matcher rotated = ROTATED.matcher(file.getFileName().toString());
          if (rotated.matches()) {
            KeyPurpose purpose =
                rotated.group(1).equals("license")
                    ? KeyPurpose.LICENSE_TOKENS
                    : KeyPurpose.ACCESS_TOKENS;
            Instant created = Instant.ofEpochMilli(Long.parseLong(rotated.group(2)));
            entries.add(entry(read(file), purpose, created));
          }
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signing keys in " + directory, e);
    }
  }

  @Override
  public void rotate(KeyPurpose purpose, Instant now) {
    List<SigningKeyEntry> signing =
        load().stream().filter(e -> e.purpose() == purpose && e.retiredAt().isEmpty()).toList();
    JWK key = purpose.newKey();
    String prefix = purpose == KeyPurpose.LICENSE_TOKENS ? "license" : "access";
    try {
      publish(
          directory.resolve(prefix + "-" + now.toEpochMilli() + "-" + key.getKeyID() + ".jwk.json"),
          key);
      for (SigningKeyEntry old : signing) {
        Files.writeString(
            directory.resolve(old.kid() + RETIRED), now.toString(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rotate the signing keys in " + directory, e);
    }
  }

  private SigningKeyEntry entry(JWK key, KeyPurpose purpose, Instant created) throws IOException {
    Path marker = directory.resolve(key.getKeyID() + RETIRED);
    Optional<Instant> retired =
        Files.exists(marker)
            ? Optional.of(Instant.parse(Files.readString(marker, StandardCharsets.UTF_8).strip()))
            : Optional.empty();
    return new SigningKeyEntry(key, purpose, created, retired);
  }

  private Instant createdAt(String fileName) throws IOException {
    return Files.getLastModifiedTime(directory.resolve(fileName)).toInstant();
  }

  private JWK read(Path file) throws IOException {
    try {
      return JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IOException("not a JWK: " + file, e);
    }
  }

  private void createPrivateDirectory() throws IOException {
    if (isPosix()) {
      Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      Files.setPosixFilePermissions(directory, OWNER_ONLY_DIR);
    } else {
      Files.createDirectories(directory);
    }
  }

  private JWK loadOrCreate(String fileName, Supplier<JWK> generator) throws IOException {
    Path file = directory.resolve(fileName);
    if (Files.notExists(file)) {
      publish(file, generator.get());
    }
    if (isPosix()) {
      // Tighten what a careless copy or umask loosened.
      Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
    }
    try {
      return JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      throw new IOException("not a JWK: " + file, e);
    }
  }

  private void publish(Path file, JWK key) throws IOException {
    FileAttribute<?>[] ownerOnly =
        isPosix()
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(directory, ".new-key-", ".tmp", ownerOnly);
    try {
      Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
      Files.createLink(file, temp);
      LOG.info("Created signing key {} ({})", key.getKeyID(), file);
    } catch (FileAlreadyExistsException e) {
      LOG.info("Another process created {} first; using its key", file);
    } catch (UnsupportedOperationException e) {
      Files.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private boolean isPosix() {
    return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
