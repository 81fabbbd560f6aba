package org.openlicensing.api.organizations;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * Invitations by e-mail. Owners and admins invite, list, revoke and resend; only owners invite
 * owners. A token is single-use, kept as a hash, and expires after 7 days; a new invitation to an
 * address with one pending replaces it, so invitations do not pile up. Personal organizations take
 * no invitations.
 */
public interface InvitationService {

  /** Invites one address and sends the e-mail. */
  Invitation invite(
      Caller caller, UUID organizationId, String email, OrganizationRole role, ClientInfo client);

  /** Invites up to 1,000 addresses, each line reported; the lines that fail send nothing. */
  BulkReport inviteAll(Caller caller, UUID organizationId, List<InviteRow> rows, ClientInfo client);

  /** The pending invitations, oldest first, {@code limit} at a time. */
  Page<Invitation> pending(Caller caller, UUID organizationId, String cursor, int limit);

  void revoke(Caller caller, UUID organizationId, UUID invitationId, ClientInfo client);

  /**
   * Sends a pending or expired invitation again with a new token and 7 more days; the old token
   * stops working.
   */
  Invitation resend(Caller caller, UUID organizationId, UUID invitationId, ClientInfo client);

  /** The organization and role a token invites to, for the page the e-mail's link opens. */
  InvitationPreview preview(String token, ClientInfo client);

  /**
   * The calling account joins the organization. The account must hold the invited address,
   * verified; an account without one signs up with the token, and joins when it verifies.
   */
  Membership accept(Caller caller, String token, ClientInfo client);
}
