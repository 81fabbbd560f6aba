package org.openlicensing.core.accounts;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Profile;

/** Where profiles are kept: at most one per account; an account without one has the defaults. */
public interface ProfileRepository {

  Optional<Profile> find(UUID accountId);

  /** Stores the profile, replacing the account's previous one. */
  void save(UUID accountId, Profile profile);
}
