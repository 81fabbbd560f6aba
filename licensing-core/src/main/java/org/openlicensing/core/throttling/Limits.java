package org.openlicensing.core.throttling;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;

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
    RateLimit invitationAcceptPerIp,
    RateLimit activationsPerLicense,
    RateLimit activationsPerIp,
    RateLimit licenseResetsPerLicense) {

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
          new RateLimit("invitation-accept-per-ip", 30, Duration.ofMinutes(1)),
          // a burst of fifty devices set up at once passes; a script looping on one key does not
          new RateLimit("activations-per-license", 100, Duration.ofHours(1)),
          // an office behind one address activates many devices in a morning
          new RateLimit("activations-per-ip", 1_000, Duration.ofHours(1)),
          // a holder who frees every device often is sharing the license
          new RateLimit("license-resets-per-license", 3, Duration.ofDays(30)));

  /**
   * These limits with one replaced: the one of the same {@link RateLimit#name() name}, as {@code
   * Limits.DEFAULT.with(new RateLimit("license-resets-per-license", 5, Duration.ofDays(30)))}.
   *
   * @throws IllegalArgumentException when no limit has that name
   */
  public Limits with(RateLimit replacement) {
    RecordComponent[] components = Limits.class.getRecordComponents();
    Object[] values = new Object[components.length];
    boolean replaced = false;
    try {
      for (int i = 0; i < components.length; i++) {
        RateLimit current = (RateLimit) components[i].getAccessor().invoke(this);
        boolean same = current.name().equals(replacement.name());
        values[i] = same ? replacement : current;
        replaced |= same;
      }
      if (!replaced) {
        throw new IllegalArgumentException("no limit is named " + replacement.name());
      }
      Class<?>[] types = new Class<?>[components.length];
      Arrays.fill(types, RateLimit.class);
      return Limits.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("every component of Limits is a RateLimit", e);
    }
  }
}
