package org.openlicensing.rest.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.api.admin.UserDetail;
import org.openlicensing.rest.audit.AuditEventJson;
import org.openlicensing.rest.me.AccountJson;
import org.openlicensing.rest.me.SessionJson;

/** One account as support staff see it. */
public record UserDetailJson(
    AccountJson account,
    List<MembershipJson> organizations,
    List<SubscriptionSummary> subscriptions,
    List<LicenseSummary> licenses,
    List<SessionJson> sessions,
    List<AuditEventJson> recentAuditEvents,
    List<NoteJson> notes) {

  /** An organization and the account's role in it. */
  public record MembershipJson(UUID id, String name, boolean personal, String role) {}

  /** A subscription, briefly. */
  public record SubscriptionSummary(
      UUID id,
      UUID organizationId,
      String plan,
      int seats,
      String status,
      Instant currentPeriodEnd) {}

  /** A license, briefly; its key is not shown to staff. */
  public record LicenseSummary(
      UUID id,
      String plan,
      String status,
      Instant expiresAt,
      int activations,
      int maxActivations) {}

  /** A support note. */
  public record NoteJson(UUID id, UUID authorId, String body, Instant createdAt) {
    static NoteJson of(SupportNote n) {
      return new NoteJson(n.id(), n.authorId(), n.body(), n.createdAt());
    }
  }

  static UserDetailJson of(UserDetail d) {
    return new UserDetailJson(
        AccountJson.of(d.account(), d.profile()),
        d.organizations().stream()
            .map(
                m ->
                    new MembershipJson(
                        m.organization().id(),
                        m.organization().name(),
                        m.organization().personal(),
                        m.membership().role().name()))
            .toList(),
        d.subscriptions().stream()
            .map(
                s ->
                    new SubscriptionSummary(
                        s.id(),
                        s.organizationId(),
                        s.plan(),
                        s.seats(),
                        s.status().name(),
                        s.currentPeriodEnd()))
            .toList(),
        d.licenses().stream()
            .map(
                v ->
                    new LicenseSummary(
                        v.license().id(),
                        v.license().plan(),
                        v.license().status().name(),
                        v.license().expiresAt(),
                        v.activeActivations(),
                        v.license().maxActivations()))
            .toList(),
        d.sessions().stream().map(SessionJson::of).toList(),
        d.recentAuditEvents().stream().map(AuditEventJson::of).toList(),
        d.notes().stream().map(NoteJson::of).toList());
  }
}
