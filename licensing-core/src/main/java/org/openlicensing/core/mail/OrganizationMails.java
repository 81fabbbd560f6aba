package org.openlicensing.core.mail;

import java.net.URI;
import java.util.Locale;

/** The e-mails about organizations: invitations to join one. Queued in the caller's transaction. */
public final class OrganizationMails {
  private final Outbox outbox;
  private final String publicUrl;

  public OrganizationMails(Outbox outbox, URI publicUrl) {
    this.outbox = outbox;
    this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
  }

  /**
   * @param inviter the name of the account that invited, or null when an API key did
   */
  public void invitation(
      String to, String organizationName, String inviter, String role, String secret) {
    String who = inviter == null ? "An administrator of " + organizationName : inviter;
    outbox.enqueue(
        LinkMails.compose(
            to,
            "You are invited to join " + organizationName,
            "Hello,",
            who
                + " invited you to join "
                + organizationName
                + " as "
                + role.toLowerCase(Locale.ROOT)
                + ". Open this link within 7 days to accept; if you have no account yet, you"
                + " can create one with this address there:",
            LinkMails.link(publicUrl, "/accept-invitation", secret),
            "If you do not know them, ignore this e-mail; nothing happens unless you accept."));
  }
}
