package org.openlicensing.core.webhooks;

/**
 * What admins read of a failure: the exception's type and message, and those of its root cause, on
 * one line and cut to a length the inbox keeps. Never a stack trace, which would tell a reader of
 * the admin API about the server's insides and fill the table.
 */
final class FailureSummary {
  static final int MAX_LENGTH = 1000;

  private FailureSummary() {}

  static String of(Throwable failure) {
    StringBuilder text = new StringBuilder(describe(failure));
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != failure) {
      text.append(" (caused by ").append(describe(root)).append(')');
    }
    return truncate(text.toString().replaceAll("\\s+", " ").strip());
  }

  static String truncate(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    String type =
        t.getClass().getSimpleName().isEmpty()
            ? t.getClass().getName()
            : t.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
