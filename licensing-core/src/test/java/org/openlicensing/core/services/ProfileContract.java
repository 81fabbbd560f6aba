package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountProfile;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.accounts.Change;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.ProfileUpdate;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The business profile, preferences, and changing the address. */
public abstract class ProfileContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Principal me;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    me = fixture.customer();
  }

  private static ProfileUpdate nothing() {
    return new ProfileUpdate(null, null, null, null, null, null, null, null, null);
  }

  private AccountProfile update(ProfileUpdate update) {
    return fixture.licensing.profiles().updateProfile(me.accountId(), update, ClientInfo.UNKNOWN);
  }

  private LicensingException refused(ProfileUpdate update) {
    return catchThrowableOfType(LicensingException.class, () -> update(update));
  }

  private static ProfileUpdate business() {
    return new ProfileUpdate(
        Change.to("Ada Lovelace"),
        Change.to("Analytical Engines GmbH"),
        Change.to("de 123 456 789"),
        Change.to(new AddressInput("Unter den Linden 1", null, "10117", "Berlin", null)),
        Change.to("de"),
        Change.to("+49 30 1234567"),
        Change.to("de-DE"),
        Change.to("Europe/Berlin"),
        Change.to(true));
  }

  @Test
  void aNewAccountHasTheDefaultPreferences() {
    assertThat(fixture.licensing.profiles().me(me.accountId()).profile().preferences())
        .isEqualTo(Preferences.DEFAULT);
  }

  @Test
  void theWholeProfileIsStoredInCanonicalForm() {
    AccountProfile saved = update(business());

    assertThat(saved.account().name()).isEqualTo("Ada Lovelace");
    assertThat(saved.profile().companyName()).contains("Analytical Engines GmbH");
    assertThat(saved.profile().vatId()).contains("DE123456789");
    assertThat(saved.profile().country()).contains("DE");
    assertThat(saved.profile().phone()).contains("+49301234567");
    assertThat(saved.profile().address())
        .hasValueSatisfying(a -> assertThat(a.city()).isEqualTo("Berlin"));
    assertThat(saved.profile().preferences())
        .isEqualTo(new Preferences("de-DE", "Europe/Berlin", true));
    assertThat(fixture.licensing.profiles().me(me.accountId())).isEqualTo(saved);
  }

  @Test
  void absentFieldsStayAndNullFieldsAreCleared() {
    update(business());

    AccountProfile after =
        update(
            new ProfileUpdate(
                null, Change.cleared(), null, Change.cleared(), null, null, null, null, null));

    assertThat(after.profile().companyName()).isEmpty();
    assertThat(after.profile().address()).isEmpty();
    assertThat(after.profile().vatId()).contains("DE123456789");
    assertThat(after.profile().preferences().locale()).isEqualTo("de-DE");
  }

  @Test
  void aVatNumberMustFitItsEuCountry() {
    ProfileUpdate french =
        new ProfileUpdate(
            null, null, Change.to("DE123456789"), null, Change.to("FR"), null, null, null, null);

    assertThat(refused(french).fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("vatId");
  }

  @Test
  void greekVatNumbersUseTheElPrefix() {
    AccountProfile saved =
        update(
            new ProfileUpdate(
                null,
                null,
                Change.to("EL123456789"),
                null,
                Change.to("GR"),
                null,
                null,
                null,
                null));

    assertThat(saved.profile().vatId()).contains("EL123456789");
  }

  @Test
  void changingTheCountryChecksTheStoredVatNumberAgain() {
    update(business());

    assertThat(
            refused(
                    new ProfileUpdate(
                        null, null, null, null, Change.to("AT"), null, null, null, null))
                .fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("vatId");
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsStored() {
    LicensingException e =
        refused(
            new ProfileUpdate(
                Change.to(" "),
                null,
                null,
                Change.to(new AddressInput(null, null, "10117", "Berlin", null)),
                Change.to("XX"),
                Change.to("0301234567"),
                Change.to("not a locale!"),
                Change.to("Mars/Olympus"),
                Change.cleared()));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "name", "address.line1", "country", "phone", "locale", "timeZone", "marketingEmails");
    assertThat(fixture.licensing.profiles().me(me.accountId()).profile().preferences())
        .isEqualTo(Preferences.DEFAULT);
  }

  @Test
  void anEmptyUpdateChangesNothing() {
    update(business());
    AccountProfile before = fixture.licensing.profiles().me(me.accountId());

    assertThat(update(nothing())).isEqualTo(before);
  }

  @Test
  void anAddressChangeIsConfirmedFromTheNewAddressAndTheOldOneIsTold() {
    String old = fixture.licensing.accounts().get(me.accountId()).email();

    fixture
        .licensing
        .profiles()
        .requestEmailChange(me, "ada.new@example.test", CoreFixture.PASSWORD, ClientInfo.UNKNOWN);
    fixture.deliverMail();
    String link = fixture.mailer.lastTokenTo("ada.new@example.test");

    assertThat(fixture.mailer.sentTo(old))
        .extracting(Email::subject)
        .contains("Your e-mail address is being changed");
    assertThat(fixture.licensing.accounts().get(me.accountId()).email()).isEqualTo(old);
    fixture.licensing.profiles().confirmEmailChange(link, ClientInfo.UNKNOWN);
    assertThat(fixture.licensing.accounts().get(me.accountId()).email())
        .isEqualTo("ada.new@example.test");
    assertThat(fixture.signIn("ada.new@example.test", CoreFixture.PASSWORD).accountId())
        .isEqualTo(me.accountId());
  }

  @Test
  void anAddressChangeNeedsThePassword() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .profiles()
                    .requestEmailChange(
                        me, "ada.new@example.test", "wrong password!", ClientInfo.UNKNOWN));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
  }

  @Test
  void anAddressOfAnotherAccountGetsNoLinkAndTheAnswerIsTheSame() {
    String taken = fixture.verifiedAccount();
    int mailsToTaken = fixture.mailer.sentTo(taken).size();

    fixture
        .licensing
        .profiles()
        .requestEmailChange(me, taken, CoreFixture.PASSWORD, ClientInfo.UNKNOWN);
    fixture.deliverMail();

    assertThat(fixture.mailer.sentTo(taken)).hasSize(mailsToTaken);
  }
}
