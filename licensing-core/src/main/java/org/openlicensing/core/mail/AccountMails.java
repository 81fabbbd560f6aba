package org.openlicensing.core.mail;

import java.net.URI;

/**
 * The e-mails about an account: links to verify an address, reset a password or confirm a new
 * address, and notices of what happened to the account. Queued in the caller's transaction.
 */
public final class AccountMails {
  private final Outbox outbox;
  private final String publicUrl;

  public AccountMails(Outbox outbox, URI publicUrl) {
    this.outbox = outbox;
    this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
  }

  public void verification(String to, String name, String secret) {
    send(
        to,
        "Confirm your e-mail address",
        name,
        "please confirm your e-mail address by opening this link within 24 hours:",
        link("/verify-email", secret),
        "If you did not sign up, ignore this e-mail; no account will be activated.");
  }

  /** To the owner of an address someone tried to sign up with again. */
  public void signUpAttempt(String to, String name) {
    send(
        to,
        "Someone tried to sign up with your e-mail address",
        name,
        "someone just tried to open an account with this address, which has one already."
            + " If it was you, sign in instead, or reset your password here:",
        publicUrl + "/reset-password",
        "If it was not you, you need not do anything: no second account was opened.");
  }

  public void passwordReset(String to, String name, String secret) {
    send(
        to,
        "Reset your password",
        name,
        "open this link within one hour to choose a new password:",
        link("/reset-password", secret),
        "If you did not ask for this, ignore this e-mail; your password stays as it is.");
  }

  public void passwordChanged(String to, String name) {
    send(
        to,
        "Your password was changed",
        name,
        "the password of your account was just changed, and your other sessions were ended.",
        publicUrl + "/reset-password",
        "If it was not you, reset your password at once with the link above.");
  }

  public void emailChangeConfirmation(String to, String name, String secret) {
    send(
        to,
        "Confirm your new e-mail address",
        name,
        "confirm that this is your account's new address by opening this link within 24 hours:",
        link("/confirm-email", secret),
        "If you did not ask for this, ignore this e-mail; nothing changes.");
  }

  /** To the old address, when a change to another one was asked for. */
  public void emailChangeRequested(String to, String name, String newAddress) {
    send(
        to,
        "Your e-mail address is being changed",
        name,
        "someone signed in to your account asked to change its address to "
            + newAddress
            + ". It changes once the new address is confirmed.",
        publicUrl + "/reset-password",
        "If it was not you, reset your password at once with the link above.");
  }

  private String link(String path, String secret) {
    return LinkMails.link(publicUrl, path, secret);
  }

  private void send(
      String to, String subject, String name, String lead, String link, String closing) {
    outbox.enqueue(LinkMails.compose(to, subject, "Hello " + name + ",", lead, link, closing));
  }
}
