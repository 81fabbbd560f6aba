package org.openlicensing.server.organizations;

import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_API_KEYS;
import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_BILLING;
import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_LICENSES;
import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_MEMBERS;
import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_ORGANIZATION;
import static org.openlicensing.api.organizations.OrganizationPermission.MANAGE_OWNERS;
import static org.openlicensing.api.organizations.OrganizationPermission.READ_AUDIT;
import static org.openlicensing.api.organizations.OrganizationPermission.VIEW_BILLING;
import static org.openlicensing.api.organizations.OrganizationPermission.VIEW_MEMBERS;

import java.util.List;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.organizations.OrganizationRole;

/**
 * What a caller can try in an organization over HTTP, with the permissions of the matrix it needs.
 * The expected answer of each seat is derived from {@link OrganizationPermission}, so that the
 * tests and the matrix cannot drift apart.
 */
enum OrganizationAction {
  VIEW_ORGANIZATION("view the organization", null, VIEW_MEMBERS),
  LIST_MEMBERS("list the members", null, VIEW_MEMBERS),
  RENAME("rename the organization", null, MANAGE_ORGANIZATION),
  EDIT_BILLING("edit the billing details", null, MANAGE_BILLING),
  INVITE_MEMBER("invite a member", null, MANAGE_MEMBERS),
  INVITE_OWNER("invite an owner", null, MANAGE_MEMBERS, MANAGE_OWNERS),
  BULK_INVITE("invite in bulk", null, MANAGE_MEMBERS),
  LIST_INVITATIONS("list the invitations", null, MANAGE_MEMBERS),
  REVOKE_INVITATION("revoke an invitation", null, MANAGE_MEMBERS),
  RESEND_INVITATION("resend an invitation", null, MANAGE_MEMBERS),
  CHANGE_ROLE("change a member's role", null, MANAGE_MEMBERS),
  MAKE_OWNER("make a member an owner", null, MANAGE_MEMBERS, MANAGE_OWNERS),
  BULK_ROLE_CHANGE("change roles in bulk", null, MANAGE_MEMBERS),
  REMOVE_MEMBER("remove a member", null, MANAGE_MEMBERS),
  BULK_REMOVAL("remove members in bulk", null, MANAGE_MEMBERS),
  TRANSFER_OWNERSHIP("hand the ownership on", null, MANAGE_OWNERS),
  BUY("buy a subscription for the organization", null, MANAGE_BILLING),
  SEE_SUBSCRIPTION("see the organization's subscription", VIEW_BILLING, VIEW_BILLING),
  SEE_LICENSE("see a license nobody holds", VIEW_BILLING, VIEW_BILLING),
  CANCEL_SUBSCRIPTION("cancel a subscription at the end of its period", null, MANAGE_BILLING),
  ADD_SEATS("add a seat to the subscription", null, MANAGE_BILLING),
  READ_INVOICES("read the organization's invoices", VIEW_BILLING, VIEW_BILLING),
  ASSIGN_LICENSE("assign a license", null, MANAGE_LICENSES),
  TAKE_BACK_OWN_LICENSE("take back the license one holds", null, MANAGE_LICENSES),
  READ_AUDIT_EVENTS("read the audit events", null, READ_AUDIT),
  CREATE_API_KEY("create an API key", null, MANAGE_API_KEYS),
  LIST_API_KEYS("list the API keys", null, MANAGE_API_KEYS);

  /** What a caller gets. */
  enum Outcome {
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND
  }

  private final String label;
  private final OrganizationPermission hiddenWithout;
  private final List<OrganizationPermission> needs;

  /**
   * @param hiddenWithout the permission without which the object acted on (a license, a
   *     subscription) is not even visible, so that the answer is 404 rather than 403
   */
  OrganizationAction(
      String label, OrganizationPermission hiddenWithout, OrganizationPermission... needs) {
    this.label = label;
    this.hiddenWithout = hiddenWithout;
    this.needs = List.of(needs);
  }

  String label() {
    return label;
  }

  List<OrganizationPermission> needs() {
    return needs;
  }

  /** Whether the action changes a member other than the caller, who must be made for it. */
  boolean needsTarget() {
    return switch (this) {
      case CHANGE_ROLE,
          MAKE_OWNER,
          BULK_ROLE_CHANGE,
          REMOVE_MEMBER,
          BULK_REMOVAL,
          TRANSFER_OWNERSHIP ->
          true;
      default -> false;
    };
  }

  /** Whether carrying the action out changes the caller's own role. */
  boolean changesCallersRole() {
    return this == TRANSFER_OWNERSHIP;
  }

  /**
   * The answer the matrix promises: members get what their role allows or 403, unless the object is
   * hidden from them (404); outsiders get 404; platform admins get what the matrix opens to them in
   * any organization, and otherwise 404 like any outsider.
   */
  Outcome expected(Seat seat) {
    if (seat == Seat.PLATFORM_ADMIN) {
      return needs.stream().allMatch(OrganizationPermission::allowsPlatformAdmins)
          ? Outcome.ALLOWED
          : Outcome.NOT_FOUND;
    }
    if (seat.role().isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    OrganizationRole role = seat.role().get();
    if (hiddenWithout != null && !hiddenWithout.allows(role)) {
      return Outcome.NOT_FOUND;
    }
    return needs.stream().allMatch(p -> p.allows(role)) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
  }
}
