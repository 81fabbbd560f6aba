package org.openlicensing.core.testing;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.core.accounts.ProfileRepository;

final class InMemoryProfileRepository implements ProfileRepository {
  private final InMemoryTable<UUID, Profile> profiles;

  InMemoryProfileRepository(InMemoryTransactions transactions) {
    this.profiles = transactions.table("account_profiles");
  }

  @Override
  public Optional<Profile> find(UUID accountId) {
    return profiles.get(accountId);
  }

  @Override
  public void save(UUID accountId, Profile profile) {
    profiles.put(accountId, profile);
  }
}
