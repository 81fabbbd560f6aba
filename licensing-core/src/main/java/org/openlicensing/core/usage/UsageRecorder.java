package org.openlicensing.core.usage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.QuotaStanding;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;

/**
 * Records usage: the event, its day's total and, in Stripe mode, its delivery to the meter, in one
 * transaction. The idempotency key is unique per license in the store, so a repeated report, even
 * one racing the first on another server, finds the first event and counts nothing more.
 *
 * <p>Usage of a metric the license has a quota on is judged under the license's row lock, so that
 * concurrent reports cannot together pass the quota; other usage takes no lock, and concurrent
 * reports only meet at the day's total, which the store adds to atomically.
 */
final class UsageRecorder {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final UsageRepository usage;
  private final Rules rules;
  private final Clock clock;

  /** Who may report, how much the quotas allow, and where Stripe mode sends the usage. */
  record Rules(UsageAccess access, QuotaLedger ledger, MeterForwarding meter) {}

  UsageRecorder(
      Transactions transactions,
      LicenseRepository licenses,
      UsageRepository usage,
      Rules rules,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.usage = usage;
    this.rules = rules;
    this.clock = clock;
  }

  RecordedUsage record(Caller caller, UUID licenseId, NewUsage report) {
    UsageChecks.CheckedUsage checked = UsageChecks.check(report);
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          License license = licenses.findById(licenseId).orElseThrow(UsageAccess::notFound);
          rules.access().requireReporter(caller, license);
          boolean metered = !LicenseQuotas.on(license, checked.metric()).isEmpty();
          if (metered) {
            license = licenses.lockById(licenseId).orElseThrow(UsageAccess::notFound);
          }
          // A repeat is answered as the first report was, even once the license may not run or
          // its quota is used up. Usage that is neither metered nor refused skips this look-up:
          // the insert below finds a repeat by the key's unique constraint.
          boolean usable = isUsable(license, now);
          if (metered || !usable) {
            Optional<UsageEvent> earlier = usage.findByKey(licenseId, checked.idempotencyKey());
            if (earlier.isPresent()) {
              return repeated(license, earlier.get(), checked, now);
            }
          }
          requireUsable(license, now);
          if (metered) {
            rules.ledger().requireRoom(license, checked.metric(), checked.quantity(), now);
          }
          UsageEvent event =
              new UsageEvent(
                  Ids.newId(clock),
                  licenseId,
                  checked.metric(),
                  checked.quantity(),
                  checked.idempotencyKey(),
                  now);
          if (!usage.insertIfAbsent(event)) {
            // A repeat, or a concurrent report with the key that committed first: its event.
            UsageEvent first =
                usage
                    .findByKey(licenseId, checked.idempotencyKey())
                    .orElseThrow(UsageRecorder::keyInFlight);
            return repeated(license, first, checked, now);
          }
          usage.addToDay(
              licenseId, license.organizationId(), event.metric(), event.day(), event.quantity());
          rules.meter().queue(license, event, now);
          return new RecordedUsage(event, true, standings(license, event.metric(), now));
        });
  }

  /** The first event with the key again, if the report is the same one; else a CONFLICT. */
  private RecordedUsage repeated(
      License license, UsageEvent first, UsageChecks.CheckedUsage report, Instant now) {
    if (!first.metric().equals(report.metric()) || first.quantity() != report.quantity()) {
      throw new LicensingException(
          ErrorCode.CONFLICT,
          "the idempotency key was used for another report of this license ("
              + first.quantity()
              + " "
              + first.metric()
              + "); use a new key for new usage",
          List.of(new FieldError("idempotencyKey", "was used for another report")));
    }
    return new RecordedUsage(first, false, standings(license, first.metric(), now));
  }

  private List<QuotaStanding> standings(License license, String metric, Instant now) {
    return rules.ledger().standings(license, LicenseQuotas.on(license, metric), now);
  }

  private static boolean isUsable(License license, Instant now) {
    return license.status() == LicenseStatus.ACTIVE && !license.isExpiredAt(now);
  }

  /** A license that may not run may not use anything either. */
  private static void requireUsable(License license, Instant now) {
    if (license.status() == LicenseStatus.REVOKED) {
      throw new LicensingException(ErrorCode.LICENSE_REVOKED, "the license is revoked");
    }
    if (license.status() == LicenseStatus.SUSPENDED) {
      throw new LicensingException(ErrorCode.LICENSE_SUSPENDED, "the license is suspended");
    }
    if (license.isExpiredAt(now)) {
      throw new LicensingException(
          ErrorCode.LICENSE_EXPIRED, "the license expired at " + license.expiresAt());
    }
  }

  /**
   * A store that reports the clash before the other transaction commits (H2 may) leaves nothing to
   * answer with yet; the client's retry will find the event.
   */
  private static LicensingException keyInFlight() {
    return new LicensingException(
        ErrorCode.CONFLICT,
        "a report with this idempotency key is being recorded right now; send it again",
        List.of(new FieldError("idempotencyKey", "is being recorded by another request")));
  }
}
