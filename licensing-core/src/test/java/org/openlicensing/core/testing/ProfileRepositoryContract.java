package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.core.accounts.ProfileRepository;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link ProfileRepository} promises. */
public abstract class ProfileRepositoryContract {
  private static final Profile FULL =
      new Profile(
          Optional.of("Analytical Engines GmbH"),
          Optional.of("DE123456789"),
          Optional.of(
              new Address(
                  "Unter den Linden 1",
                  Optional.of("Hinterhaus, 3. OG"),
                  "10117",
                  "Berlin",
                  Optional.of("Berlin"))),
          Optional.of("DE"),
          Optional.of("+4930123456"),
          new Preferences("de-DE", "Europe/Berlin", true));

  private Persistence store;
  private ProfileRepository profiles;
  private Seeds seeds;
  private UUID accountId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    profiles = store.profiles();
    seeds = new Seeds(store);
    accountId = seeds.account().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private void save(UUID account, Profile profile) {
    store.transactions().run(() -> profiles.save(account, profile));
  }

  @Test
  void accountThatNeverSavedAProfileHasNone() {
    assertThat(tx(() -> profiles.find(accountId))).isEmpty();
  }

  @Test
  void savedProfileIsFoundWithEveryField() {
    save(accountId, FULL);

    assertThat(tx(() -> profiles.find(accountId))).contains(FULL);
  }

  @Test
  void emptyProfileWithItsDefaultsRoundTrips() {
    save(accountId, Profile.EMPTY);

    assertThat(tx(() -> profiles.find(accountId))).contains(Profile.EMPTY);
  }

  @Test
  void addressWithoutItsOptionalLinesRoundTrips() {
    Profile profile =
        new Profile(
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                new Address(
                    "1 Infinite Loop", Optional.empty(), "95014", "Cupertino", Optional.empty())),
            Optional.of("US"),
            Optional.empty(),
            Preferences.DEFAULT);
    save(accountId, profile);

    assertThat(tx(() -> profiles.find(accountId))).contains(profile);
  }

  @Test
  void savingAgainReplacesTheWholeProfile() {
    save(accountId, FULL);
    Profile smaller =
        new Profile(
            Optional.of("Engines Ltd"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new Preferences("en-GB", "Europe/London", false));

    save(accountId, smaller);

    assertThat(tx(() -> profiles.find(accountId))).contains(smaller);
  }

  @Test
  void savingTwiceInOneTransactionKeepsTheLater() {
    store
        .transactions()
        .run(
            () -> {
              profiles.save(accountId, Profile.EMPTY);
              profiles.save(accountId, FULL);
            });

    assertThat(tx(() -> profiles.find(accountId))).contains(FULL);
  }

  @Test
  void eachAccountHasItsOwnProfile() {
    UUID other = seeds.account().id();

    save(accountId, FULL);
    save(other, Profile.EMPTY);

    assertThat(tx(() -> profiles.find(accountId))).contains(FULL);
    assertThat(tx(() -> profiles.find(other))).contains(Profile.EMPTY);
  }

  @Test
  void saveInATransactionThatRollsBackLeavesThePreviousProfile() {
    save(accountId, Profile.EMPTY);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          profiles.save(accountId, FULL);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> profiles.find(accountId))).contains(Profile.EMPTY);
  }
}
