package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.apikeys.CreatedApiKey;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.Secrets;
import org.openlicensing.core.testing.CoreFixture;

/** API keys: shown once, stored hashed, scoped, revocable, confined to their organization. */
public abstract class ApiKeyContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Principal owner;
  private UUID organization;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    owner = fixture.customer();
    organization = fixture.licensing.accounts().get(owner.accountId()).personalOrganizationId();
  }

  private CreatedApiKey key(ApiKeyScope... scopes) {
    return fixture
        .licensing
        .apiKeys()
        .create(
            CoreFixture.caller(owner),
            organization,
            "CI server",
            Set.of(scopes),
            ClientInfo.UNKNOWN);
  }

  private Caller authenticate(CreatedApiKey key) {
    return fixture.licensing.auth().authenticate(key.secret());
  }

  private ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private void subscribeAs(Caller caller) {
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            caller,
            new NewSubscription(null, "pro", 1, BillingPeriod.MONTHLY, "pm_card_visa"),
            null);
  }

  @Test
  void theSecretIsShownOnceAndStoredOnlyAsAHash() {
    CreatedApiKey created = key(ApiKeyScope.READ);

    assertThat(created.secret()).startsWith(created.key().prefix() + "_");
    var stored =
        fixture
            .store
            .transactions()
            .inTransaction(() -> fixture.store.apiKeys().findByPrefix(created.key().prefix()))
            .orElseThrow();
    assertThat(stored.secretHash())
        .isEqualTo(Secrets.hash(created.secret()))
        .doesNotContain(created.secret());
    assertThat(fixture.licensing.apiKeys().list(CoreFixture.caller(owner), organization))
        .extracting(ApiKey::prefix)
        .containsExactly(created.key().prefix());
  }

  @Test
  void aKeyAuthenticatesAsItsOrganizationWithItsScopes() {
    CreatedApiKey created = key(ApiKeyScope.WRITE);

    Caller caller = authenticate(created);

    assertThat(caller)
        .isInstanceOfSatisfying(
            Caller.ApiKeyCaller.class,
            k -> {
              assertThat(k.key().organizationId()).isEqualTo(organization);
              assertThat(k.key().scopes()).containsExactly(ApiKeyScope.WRITE);
            });
  }

  @Test
  void aReadKeySeesTheLicensesButCannotBuy() {
    subscribeAs(CoreFixture.caller(owner));
    Caller reader = authenticate(key(ApiKeyScope.READ));

    assertThat(fixture.licensing.licenses().visibleTo(reader, null, 10).items()).hasSize(1);
    assertThat(codeOf(() -> subscribeAs(reader))).isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void aWriteKeyBuysForItsOrganization() {
    Caller writer = authenticate(key(ApiKeyScope.WRITE));

    subscribeAs(writer);

    assertThat(fixture.licensing.licenses().visibleTo(CoreFixture.caller(owner), null, 10).items())
        .hasSize(1);
  }

  @Test
  void onlyAnAdminKeyManagesKeys() {
    Caller writer = authenticate(key(ApiKeyScope.WRITE));
    Caller admin = authenticate(key(ApiKeyScope.ADMIN));

    assertThat(codeOf(() -> fixture.licensing.apiKeys().list(writer, organization)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(fixture.licensing.apiKeys().list(admin, organization)).hasSize(2);
  }

  @Test
  void aRevokedKeyNoLongerAuthenticates() {
    CreatedApiKey created = key(ApiKeyScope.READ);

    fixture
        .licensing
        .apiKeys()
        .revoke(CoreFixture.caller(owner), organization, created.key().id(), ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> authenticate(created))).isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void aTamperedSecretDoesNotAuthenticate() {
    CreatedApiKey created = key(ApiKeyScope.READ);
    String secret = created.secret();
    String tampered = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");

    assertThat(codeOf(() -> fixture.licensing.auth().authenticate(tampered)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void anotherOrganizationsKeysAreNotFound() {
    Principal mallory = fixture.customer();
    CreatedApiKey created = key(ApiKeyScope.READ);

    assertThat(
            codeOf(
                () -> fixture.licensing.apiKeys().list(CoreFixture.caller(mallory), organization)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .apiKeys()
                        .revoke(
                            CoreFixture.caller(mallory),
                            organization,
                            created.key().id(),
                            ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    UUID malloryOrganization =
        fixture.licensing.accounts().get(mallory.accountId()).personalOrganizationId();
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .apiKeys()
                        .revoke(
                            CoreFixture.caller(mallory),
                            malloryOrganization,
                            created.key().id(),
                            ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aKeyCannotActForAnotherOrganization() {
    Principal mallory = fixture.customer();
    UUID malloryOrganization =
        fixture.licensing.accounts().get(mallory.accountId()).personalOrganizationId();
    Caller writer = authenticate(key(ApiKeyScope.WRITE));

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .subscriptions()
                        .subscribe(
                            writer,
                            new NewSubscription(
                                malloryOrganization,
                                "pro",
                                1,
                                BillingPeriod.MONTHLY,
                                "pm_card_visa"),
                            null)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void theLastUseIsRecorded() {
    CreatedApiKey created = key(ApiKeyScope.READ);
    fixture.clock.advance(Duration.ofMinutes(5));

    authenticate(created);

    assertThat(fixture.licensing.apiKeys().list(CoreFixture.caller(owner), organization))
        .singleElement()
        .satisfies(k -> assertThat(k.lastUsedAt()).contains(fixture.clock.instant()));
  }

  @Test
  void aKeyNeedsANameAndAScope() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .apiKeys()
                    .create(
                        CoreFixture.caller(owner),
                        organization,
                        " ",
                        Set.of(),
                        ClientInfo.UNKNOWN));

    assertThat(e.fieldErrors())
        .extracting(f -> f.field())
        .containsExactlyInAnyOrder("name", "scopes");
  }
}
