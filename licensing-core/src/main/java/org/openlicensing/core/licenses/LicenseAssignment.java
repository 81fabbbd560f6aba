package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.accounts.AccountRepository;
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
  private final LicenseStores stores;
  private final ManagedLicenses managed;
  private final LicenseRecipients recipients;
  private final AuditLog audit;

  public LicenseAssignment(
      Transactions transactions, LicenseStores stores, People people, AuditLog audit) {
    this.transactions = transactions;
    this.stores = stores;
    this.managed = new ManagedLicenses(stores.licenses(), people.access());
    this.recipients = new LicenseRecipients(people.accounts(), people.organizations());
    this.audit = audit;
  }

  /** Who may hold licenses and who may hand them out. */
  public record People(
      AccountRepository accounts,
      OrganizationRepository organizations,
      OrganizationAccess access) {}

  public LicenseView assign(Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client) {
    LicenseRecipients.check(to);
    return transactions.inTransaction(
        () -> {
          License license = managed.lockForManager(caller, licenseId);
          UUID accountId = recipients.memberOf(license.organizationId(), to);
          switch (AssignmentRule.judge(license, accountId)) {
            case REVOKED ->
                throw new LicensingException(
                    ErrorCode.CONFLICT, "the license is revoked; nobody may hold it again");
            case HELD_BY_ANOTHER ->
                throw new LicensingException(
                    ErrorCode.CONFLICT,
                    "the license is assigned to another member; unassign or transfer it");
            case ASSIGN -> {
              stores.licenses().updateAssignee(licenseId, accountId);
              audit.record(
                  caller,
                  AssignmentRule.assigned(licenseId, license.organizationId(), accountId),
                  client);
            }
            case UNCHANGED -> {
              // The member holds it already: nothing to write, nothing to audit.
            }
          }
          return stores.licenses().findView(licenseId).orElseThrow();
        });
  }

  public LicenseView unassign(Caller caller, UUID licenseId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          License license = managed.lockForManager(caller, licenseId);
          if (license.assigneeId().isPresent()) {
            UUID holder = license.assigneeId().get();
            stores.licenses().updateAssignee(licenseId, null);
            int devices = stores.activations().deactivateAllOf(List.of(licenseId), now());
            audit.record(
                caller,
                onLicense("license.unassigned", license)
                    .with("formerAssignee", holder.toString())
                    .with("devicesDeactivated", Integer.toString(devices)),
                client);
          }
          return stores.licenses().findView(licenseId).orElseThrow();
        });
  }

  /**
   * Moves the license to another member. The former holder's devices are deactivated or kept as the
   * policy's transfer rule says; a license that nobody held is simply assigned, its devices left
   * alone, as {@link #assign} would.
   */
  public LicenseView transfer(
      Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client) {
    LicenseRecipients.check(to);
    return transactions.inTransaction(
        () -> {
          License license = managed.lockForManager(caller, licenseId);
          UUID accountId = recipients.memberOf(license.organizationId(), to);
          if (AssignmentRule.judge(license, accountId) == AssignmentRule.Verdict.REVOKED) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the license is revoked; nobody may hold it again");
          }
          Optional<UUID> holder = license.assigneeId();
          if (holder.equals(Optional.of(accountId))) {
            return stores.licenses().findView(licenseId).orElseThrow();
          }
          stores.licenses().updateAssignee(licenseId, accountId);
          int devices = 0;
          if (holder.isPresent() && license.policy().transferRule() == TransferRule.DEACTIVATE) {
            devices = stores.activations().deactivateAllOf(List.of(licenseId), now());
          }
          audit.record(
              caller,
              onLicense("license.transferred", license)
                  .with("formerAssignee", holder.map(UUID::toString).orElse(""))
                  .with("assignee", accountId.toString())
                  .with("transferRule", license.policy().transferRule().name())
                  .with("devicesDeactivated", Integer.toString(devices)),
              client);
          return stores.licenses().findView(licenseId).orElseThrow();
        });
  }

  private Instant now() {
    return stores.clock().instant();
  }

  private static AuditEntry onLicense(String action, License license) {
    return AuditEntry.onLicense(action, license.id(), license.organizationId());
  }
}
