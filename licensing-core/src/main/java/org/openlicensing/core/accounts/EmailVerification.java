package org.openlicensing.core.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.Html;
import org.openlicensing.core.mail.Outbox;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/**
 * Proves that an account's owner reads its e-mail: a single-use link, valid for 24 hours, whose
 * secret is stored only as a hash.
 */
public final class EmailVerification {
  private final OneTimeTokenRepository tokens;
  private final Outbox outbox;
  private final URI publicUrl;
  private final Clock clock;

  public EmailVerification(
      OneTimeTokenRepository tokens, Outbox outbox, URI publicUrl, Clock clock) {
    this.tokens = tokens;
    this.outbox = outbox;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** Queues the verification e-mail; runs in the caller's transaction. */
  public void send(Account account) {
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    tokens.insert(
        new OneTimeToken(
            Ids.newId(clock),
            account.id(),
            TokenPurpose.VERIFY_EMAIL,
            Secrets.hash(secret),
            now,
            now.plus(TokenPurpose.VERIFY_EMAIL.lifetime()),
            Optional.empty()));
    outbox.enqueue(message(account, secret));
  }

  /**
   * Spends a token and returns the account it belongs to; runs in the caller's transaction. An
   * unknown, used or expired token is TOKEN_INVALID.
   */
  public UUID spend(String secret) {
    Instant now = clock.instant();
    OneTimeToken token =
        tokens
            .findByHash(TokenPurpose.VERIFY_EMAIL, Secrets.hash(secret))
            .filter(t -> t.isUsableAt(now))
            .orElseThrow(EmailVerification::invalid);
    if (!tokens.markUsed(token.id(), now)) {
      throw invalid();
    }
    return token.accountId();
  }

  private Email message(Account account, String secret) {
    String link =
        publicUrl.toString().replaceAll("/+$", "")
            + "/verify-email?token="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    String text =
        "Hello "
            + account.name()
            + ",\n\n"
            + "please confirm your e-mail address by opening this link within 24 hours:\n\n"
            + link
            + "\n\nIf you did not sign up, ignore this e-mail; no account will be activated.\n";
    String html =
        "<p>Hello "
            + Html.escape(account.name())
            + ",</p><p>please confirm your e-mail address within 24 hours:</p>"
            + "<p><a href=\""
            + Html.escape(link)
            + "\">Confirm my e-mail address</a></p>"
            + "<p>If you did not sign up, ignore this e-mail.</p>";
    return new Email(account.email(), "Confirm your e-mail address", text, Optional.of(html));
  }

  private static LicensingException invalid() {
    return new LicensingException(
        ErrorCode.TOKEN_INVALID, "the verification link is invalid, used or expired");
  }
}
