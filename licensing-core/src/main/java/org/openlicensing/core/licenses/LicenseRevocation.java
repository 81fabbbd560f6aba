package org.openlicensing.core.licenses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.FieldChecks;

/**
 * Revokes licenses for good, one or thousands at once, for platform ADMINs: after fraud, a
 * chargeback or a leaked key. The licenses are locked in id order (so that activations of them wait
 * and then see REVOKED), marked revoked and their devices deactivated in a few batched statements,
 * and each revocation is audited with its reason. Revoking again changes nothing and records
 * nothing, so a repeated request is harmless.
 */
public final class LicenseRevocation {
  static final String IDS = "licenseIds";
  static final int MAX_REASON_LENGTH = 500;

  private final Transactions transactions;
  private final LicenseStores stores;
  private final AuditLog audit;

  public LicenseRevocation(Transactions transactions, LicenseStores stores, AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.audit = audit;
  }

  public LicenseView revoke(Caller admin, UUID licenseId, String reason, ClientInfo client) {
    Callers.requirePlatformAdmin(admin);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, MAX_REASON_LENGTH);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          Map<UUID, BulkOutcome> outcomes = revoke(admin, List.of(licenseId), why, client);
          if (outcomes.get(licenseId) == BulkOutcome.NOT_FOUND) {
            throw ManagedLicenses.notFound();
          }
          return stores.licenses().findView(licenseId).orElseThrow();
        });
  }

  public BulkReport revokeAll(
      Caller admin, List<UUID> licenseIds, String reason, ClientInfo client) {
    Callers.requirePlatformAdmin(admin);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, MAX_REASON_LENGTH);
    if (licenseIds == null || licenseIds.isEmpty()) {
      checks.reject(IDS, "must name at least one license");
    } else if (licenseIds.size() > AdminLicenseService.MAX_REVOCATIONS) {
      checks.reject(IDS, "must name at most " + AdminLicenseService.MAX_REVOCATIONS + " licenses");
    }
    checks.throwIfAny();
    List<UUID> distinct = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (UUID id : licenseIds) {
      if (id != null && seen.add(id)) {
        distinct.add(id);
      }
    }
    Map<UUID, BulkOutcome> outcomes =
        transactions.inTransaction(() -> revoke(admin, distinct, why, client));
    return report(licenseIds, outcomes);
  }

  /** Revokes what is found among the ids; says for each what became of it. */
  private Map<UUID, BulkOutcome> revoke(
      Caller admin, List<UUID> ids, String reason, ClientInfo client) {
    Map<UUID, BulkOutcome> outcomes = new HashMap<>();
    ids.forEach(id -> outcomes.put(id, BulkOutcome.NOT_FOUND));
    List<License> toRevoke = new ArrayList<>();
    for (License license : stores.licenses().lockAll(ids)) {
      boolean revoked = license.status() == LicenseStatus.REVOKED;
      outcomes.put(license.id(), revoked ? BulkOutcome.ALREADY_REVOKED : BulkOutcome.REVOKED);
      if (!revoked) {
        toRevoke.add(license);
      }
    }
    if (toRevoke.isEmpty()) {
      return outcomes;
    }
    List<UUID> revokedIds = toRevoke.stream().map(License::id).toList();
    // Counted before they end, for the audit: how many devices each revocation stopped.
    Map<UUID, Integer> devices = stores.activations().countActiveByLicenses(revokedIds);
    stores.licenses().revokeAll(revokedIds);
    stores.activations().deactivateAllOf(revokedIds, stores.clock().instant());
    List<AuditEntry> entries = new ArrayList<>(toRevoke.size());
    for (License license : toRevoke) {
      entries.add(
          AuditEntry.onLicense("license.revoked", license.id(), license.organizationId())
              .with("reason", reason)
              .with("formerStatus", license.status().name())
              .with("devicesDeactivated", Integer.toString(devices.getOrDefault(license.id(), 0))));
    }
    audit.recordAll(admin, entries, client);
    return outcomes;
  }

  private static BulkReport report(List<UUID> licenseIds, Map<UUID, BulkOutcome> outcomes) {
    List<BulkLineResult> lines = new ArrayList<>(licenseIds.size());
    Set<UUID> reported = new HashSet<>();
    for (int i = 0; i < licenseIds.size(); i++) {
      UUID id = licenseIds.get(i);
      if (id == null) {
        lines.add(line(i, "", BulkOutcome.INVALID_LINE, "a license id is required"));
      } else if (!reported.add(id)) {
        lines.add(line(i, id.toString(), BulkOutcome.DUPLICATE_LINE, "an earlier line names it"));
      } else {
        BulkOutcome outcome = outcomes.get(id);
        lines.add(line(i, id.toString(), outcome, null));
      }
    }
    return new BulkReport(lines);
  }

  private static BulkLineResult line(int index, String subject, BulkOutcome outcome, String why) {
    return new BulkLineResult(
        index + 1,
        subject,
        outcome,
        outcome.applied() ? Optional.empty() : Optional.of(IDS),
        Optional.ofNullable(why));
  }
}
