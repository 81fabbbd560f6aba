package org.openlicensing.core.throttling;

import java.time.Duration;

/**
 * The limits on what can be guessed or abused. Per address and per account they slow an attacker
 * down without locking the owner out for long: buckets refill, and nothing needs an admin to
 * unlock. Per IP they curb one client; behind a proxy, set the trusted proxies so that the IP is
 * the client's, not the proxy's.
 */
public record Limits(
    RateLimit loginPerIp,
    RateLimit failedLoginsPerAccount,
    RateLimit refreshPerIp,
    RateLimit refreshPerAccount,
    RateLimit verifyPerIp,
    RateLimit resendPerAccount,
    RateLimit resendPerIp,
    RateLimit resetRequestPerAccount,
    RateLimit resetRequestPerIp,
    RateLimit resetConfirmPerIp,
    RateLimit signUpPerIp,
    RateLimit changePasswordPerAccount,
    RateLimit invitationsPerOrganization,
    RateLimit invitationAcceptPerIp) {

  public static final Limits DEFAULT =
      new Limits(
          new RateLimit("login-per-ip", 30, Duration.ofMinutes(1)),
          new RateLimit("failed-logins-per-account", 10, Duration.ofMinutes(15)),
          new RateLimit("refresh-per-ip", 120, Duration.ofMinutes(1)),
          new RateLimit("refresh-per-account", 60, Duration.ofMinutes(1)),
          new RateLimit("verify-per-ip", 30, Duration.ofMinutes(1)),
          new RateLimit("resend-per-account", 3, Duration.ofHours(1)),
          new RateLimit("resend-per-ip", 20, Duration.ofHours(1)),
          new RateLimit("reset-request-per-account", 3, Duration.ofHours(1)),
          new RateLimit("reset-request-per-ip", 20, Duration.ofHours(1)),
          new RateLimit("reset-confirm-per-ip", 30, Duration.ofMinutes(1)),
          new RateLimit("sign-up-per-ip", 20, Duration.ofHours(1)),
          new RateLimit("change-password-per-account", 10, Duration.ofHours(1)),
          // every invitation is an e-mail to an address the inviter chose: enough for a bulk
          // import of a thousand people a day, not enough to spam from
          new RateLimit("invitations-per-organization", 2_000, Duration.ofDays(1)),
          new RateLimit("invitation-accept-per-ip", 30, Duration.ofMinutes(1)));
}
