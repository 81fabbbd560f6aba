package org.openlicensing.rest.licenses;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.rest.catalog.PlanJson.PolicyJson;

/** A license as its organization and its holder see it. */
public record LicenseJson(
    UUID id,
    String key,
    String status,
    String plan,
    Instant expiresAt,
    int maxActivations,
    int activations,
    @JsonInclude(JsonInclude.Include.ALWAYS) AssigneeJson assignee,
    List<String> entitlements,
    UUID organizationId,
    UUID subscriptionId,
    Instant createdAt,
    PolicyJson policy) {

  /** Who holds the license. */
  public record AssigneeJson(UUID id, String email) {}

  public static LicenseJson of(LicenseView view) {
    License license = view.license();
    AssigneeJson assignee =
        license
            .assigneeId()
            .map(id -> new AssigneeJson(id, view.assigneeEmail().orElse(null)))
            .orElse(null);
    return new LicenseJson(
        license.id(),
        license.key(),
        license.status().name(),
        license.plan(),
        license.expiresAt(),
        license.maxActivations(),
        view.activeActivations(),
        assignee,
        license.entitlements().stream().sorted().toList(),
        license.organizationId(),
        license.subscriptionId(),
        license.createdAt(),
        PolicyJson.of(license.policy()));
  }
}
