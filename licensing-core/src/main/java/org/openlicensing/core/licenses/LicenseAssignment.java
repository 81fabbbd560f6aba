package org.openlicensing.core.licenses;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.persistence.Transactions;

/**
 * Hands licenses to members of their organization and takes them back. The license row is locked
 * first, so that two admins assigning one license at once take turns and the second sees the
 * first's assignee. Taking a license back deactivates the devices that ran under it.
 */
public final class LicenseAssignment {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final OrganizationRepository organizations;
  private final ActivationRepository activations;
  private final OrganizationAccess access;
  private final AuditLog audit;
  private final Clock clock;

  public LicenseAssignment(
      Transactions transactions,
      LicenseRepository licenses,
      OrganizationRepository organizations,
      ActivationRepository activations,
      OrganizationAccess access,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.organizations = organizations;
    this.activations = activations;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  public LicenseView assign(Caller caller, UUID licenseId, UUID accountId, ClientInfo client) {
    if (accountId == null) {
      throw LicensingException.invalid("accountId", "is required");
    }
    return transactions.inTransaction(
        () -> {
          License license = lockManageable(caller, licenseId);
          if (organizations.findMember(license.organizationId(), accountId).isEmpty()) {
            throw LicensingException.invalid(
                "accountId", "is not a member of the license's organization");
          }
          Optional<UUID> holder = license.assigneeId();
          if (holder.isPresent() && !holder.get().equals(accountId)) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the license is assigned to another member; unassign it first");
          }
          if (holder.isEmpty()) {
            licenses.updateAssignee(licenseId, accountId);
            audit.record(
                caller,
                onLicense("license.assigned", license).with("assignee", accountId.toString()),
                client);
          }
          return licenses.findView(licenseId).orElseThrow();
        });
  }

  public LicenseView unassign(Caller caller, UUID licenseId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          License license = lockManageable(caller, licenseId);
          if (license.assigneeId().isPresent()) {
            UUID holder = license.assigneeId().get();
            licenses.updateAssignee(licenseId, null);
            int devices = activations.deactivateAllOf(List.of(licenseId), clock.instant());
            audit.record(
                caller,
                onLicense("license.unassigned", license)
                    .with("formerAssignee", holder.toString())
                    .with("devicesDeactivated", Integer.toString(devices)),
                client);
          }
          return licenses.findView(licenseId).orElseThrow();
        });
  }

  /**
   * The license, locked, if the caller may manage it: NOT_FOUND to callers with no standing in its
   * organization, FORBIDDEN to members who do not manage licenses. The access is checked before the
   * lock, so that no stranger locks another tenant's row.
   */
  private License lockManageable(Caller caller, UUID licenseId) {
    UUID organizationId =
        licenses
            .findById(licenseId)
            .map(License::organizationId)
            .orElseThrow(() -> LicensingException.notFound("license"));
    access.requireFor(caller, organizationId, OrganizationPermission.MANAGE_LICENSES, "license");
    return licenses.lockById(licenseId).orElseThrow(() -> LicensingException.notFound("license"));
  }

  private static AuditEntry onLicense(String action, License license) {
    return AuditEntry.onLicense(action, license.id(), license.organizationId());
  }
}
