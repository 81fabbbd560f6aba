package org.openlicensing.api.admin;

import java.util.List;
import java.util.Objects;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.Session;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.LicenseView;

/** Everything support needs to see of one account. */
public record UserDetail(
    Account account,
    Profile profile,
    List<MembershipView> organizations,
    List<Subscription> subscriptions,
    List<LicenseView> licenses,
    List<Session> sessions,
    List<AuditEvent> recentAuditEvents,
    List<SupportNote> notes) {

  public UserDetail {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(profile, "profile");
    organizations = List.copyOf(organizations);
    subscriptions = List.copyOf(subscriptions);
    licenses = List.copyOf(licenses);
    sessions = List.copyOf(sessions);
    recentAuditEvents = List.copyOf(recentAuditEvents);
    notes = List.copyOf(notes);
  }
}
