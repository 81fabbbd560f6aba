package org.openlicensing.core.accounts;

/** Turns passwords into slow, salted hashes and checks passwords against them. */
public interface PasswordHasher {

  /** A self-describing hash (PHC string format) of a new salt and the password. */
  String hash(String password);

  /** Whether the password matches; false also for a hash this hasher cannot read. */
  boolean verify(String password, String hash);

  /** Whether the hash was made with weaker parameters than the hasher uses now. */
  boolean needsRehash(String hash);
}
