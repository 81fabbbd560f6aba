package org.openlicensing.persistence.accounts;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.core.accounts.ProfileRepository;
import org.openlicensing.persistence.JpaTransactions;

public final class JpaProfileRepository implements ProfileRepository {
  private final JpaTransactions transactions;

  public JpaProfileRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Profile> find(UUID accountId) {
    return Optional.ofNullable(transactions.entityManager().find(ProfileEntity.class, accountId))
        .map(ProfileEntity::toProfile);
  }

  @Override
  public void save(UUID accountId, Profile profile) {
    ProfileUpsert.save(transactions.entityManager(), accountId, profile);
  }
}
