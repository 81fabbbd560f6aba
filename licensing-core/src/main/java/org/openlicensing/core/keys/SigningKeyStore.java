package org.openlicensing.core.keys;

import java.time.Instant;
import java.util.List;

/**
 * Where the signing keys of every server of an installation are kept, so that all of them sign and
 * verify with one key set: a shared directory ({@link FileSigningKeyStore}), or a database.
 */
public interface SigningKeyStore {
  /** Every key, creating the first key of a purpose that has none. */
  List<SigningKeyEntry> load();

  /** Adds a new key for the purpose and retires the ones that were signing. */
  void rotate(KeyPurpose purpose, Instant now);
}
