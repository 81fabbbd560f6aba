package org.openlicensing.server.testing;

/** The subjects of the e-mails the server sends about accounts, to tell them apart. */
public final class MailSubjects {
  public static final String VERIFY = "Confirm your e-mail address";
  public static final String SIGN_UP_ATTEMPT = "Someone tried to sign up with your e-mail address";
  public static final String RESET = "Reset your password";
  public static final String PASSWORD_CHANGED = "Your password was changed";
  public static final String CONFIRM_NEW_EMAIL = "Confirm your new e-mail address";
  public static final String EMAIL_CHANGE_REQUESTED = "Your e-mail address is being changed";

  private MailSubjects() {}
}
