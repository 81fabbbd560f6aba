package org.openlicensing.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a privileged action did, before the log adds who, from where and when. */
public record AuditEntry(
    String action,
    String targetType,
    UUID targetId,
    UUID organizationId,
    Map<String, String> details) {

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    details = Map.copyOf(details);
  }

  public static AuditEntry onAccount(String action, UUID accountId) {
    return new AuditEntry(action, "account", accountId, null, Map.of());
  }

  public static AuditEntry onApiKey(String action, UUID apiKeyId, UUID organizationId) {
    return new AuditEntry(action, "api_key", apiKeyId, organizationId, Map.of());
  }

  public static AuditEntry onLicense(String action, UUID licenseId, UUID organizationId) {
    return new AuditEntry(action, "license", licenseId, organizationId, Map.of());
  }

  public static AuditEntry onOrganization(String action, UUID organizationId) {
    return new AuditEntry(action, "organization", organizationId, organizationId, Map.of());
  }

  /** An action on a member: the target is the member's account, within the organization. */
  public static AuditEntry onMember(String action, UUID accountId, UUID organizationId) {
    return new AuditEntry(action, "account", accountId, organizationId, Map.of());
  }

  public static AuditEntry onInvitation(String action, UUID invitationId, UUID organizationId) {
    return new AuditEntry(action, "invitation", invitationId, organizationId, Map.of());
  }

  public static AuditEntry onSubscription(String action, UUID subscriptionId, UUID organizationId) {
    return new AuditEntry(action, "subscription", subscriptionId, organizationId, Map.of());
  }

  public static AuditEntry onInvoice(String action, UUID invoiceId, UUID organizationId) {
    return new AuditEntry(action, "invoice", invoiceId, organizationId, Map.of());
  }

  public static AuditEntry onSession(String action, UUID sessionId) {
    return new AuditEntry(action, "session", sessionId, null, Map.of());
  }

  /** The entry with one more detail, such as the roles before and after a change. */
  public AuditEntry with(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(details);
    more.put(key, value);
    return new AuditEntry(action, targetType, targetId, organizationId, more);
  }
}
