package org.openlicensing.rest.organizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.organizations.OrganizationView;

/**
 * An organization as the caller sees it: {@code role} is the caller's (null for a platform admin
 * who is no member), {@code billing} is shown to those who manage billing.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationJson(
    UUID id,
    String name,
    boolean personal,
    String role,
    int memberCount,
    Instant createdAt,
    BillingJson billing) {

  static OrganizationJson of(OrganizationView view) {
    return new OrganizationJson(
        view.organization().id(),
        view.organization().name(),
        view.organization().personal(),
        view.callerRole().map(Enum::name).orElse(null),
        view.memberCount(),
        view.organization().createdAt(),
        view.billing().map(BillingJson::of).orElse(null));
  }
}
