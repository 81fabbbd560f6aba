package org.openlicensing.core.services;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.organizations.BillingDetailsInput;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.testing.CoreFixture;

/** Builds teams for the organization contracts the way users do: create, invite, accept. */
final class Teams {
  static final BillingDetailsInput BILLING =
      new BillingDetailsInput(
          "Analytical Engines GmbH",
          "DE 123 456 789",
          new AddressInput("Unter den Linden 1", null, "10117", "Berlin", null),
          "de",
          "Invoices@Engines.example");

  private final CoreFixture fixture;

  Teams(CoreFixture fixture) {
    this.fixture = fixture;
  }

  /** A team organization the account owns. */
  UUID organizationOf(Principal owner) {
    return fixture
        .licensing
        .organizations()
        .create(
            CoreFixture.caller(owner), new NewOrganization("Engines", BILLING), ClientInfo.UNKNOWN)
        .organization()
        .id();
  }

  /** A new verified account that joined the organization with the role, by invitation. */
  Principal member(Principal owner, UUID organizationId, OrganizationRole role) {
    String email = fixture.verifiedAccount();
    fixture
        .licensing
        .invitations()
        .invite(CoreFixture.caller(owner), organizationId, email, role, ClientInfo.UNKNOWN);
    fixture.deliverMail();
    Principal member = fixture.signIn(email, CoreFixture.PASSWORD);
    fixture
        .licensing
        .invitations()
        .accept(CoreFixture.caller(member), fixture.mailer.lastTokenTo(email), ClientInfo.UNKNOWN);
    return member;
  }

  String emailOf(Principal principal) {
    return fixture.licensing.accounts().get(principal.accountId()).email();
  }

  /**
   * The organization's audit events of one action (or family, with a trailing dot), newest first.
   */
  List<AuditEvent> audited(Principal reader, UUID organizationId, String action) {
    return fixture
        .licensing
        .auditEvents()
        .organizationEvents(
            as(reader),
            organizationId,
            new AuditQuery(action, null, null, null, null, null, null),
            null,
            500)
        .items();
  }

  static Caller as(Principal principal) {
    return CoreFixture.caller(principal);
  }
}
