package org.openlicensing.core.mail;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file sent with an e-mail, such as an invoice's PDF.
 *
 * @param filename the name the recipient sees, without any directory
 * @param contentType the media type, such as {@code application/pdf}
 */
public record Attachment(String filename, String contentType, byte[] content) {
  /** At most this long: longer names are cut by mail clients and some file systems. */
  static final int MAX_FILENAME_LENGTH = 255;

  // type "/" subtype with optional parameters; no line breaks, which would end the MIME header.
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*(\\s*;[^\\r\\n]*)?");

  public Attachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    requireSafeFilename(filename);
    if (!MEDIA_TYPE.matcher(contentType).matches()) {
      throw new IllegalArgumentException("not a media type: '" + contentType + "'");
    }
    // The caller may reuse its array, and a record hands out its component: copy both ways.
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The size of the content in bytes, without copying it. */
  public int size() {
    return content.length;
  }

  // A receiving client may save the file under this name: a path in it could leave the download
  // folder, and a line break would let it forge MIME headers.
  private static void requireSafeFilename(String filename) {
    if (filename.isBlank() || filename.length() > MAX_FILENAME_LENGTH) {
      throw new IllegalArgumentException(
          "an attachment's filename has 1 to " + MAX_FILENAME_LENGTH + " characters");
    }
    if (filename.equals(".") || filename.equals("..")) {
      throw new IllegalArgumentException("not a filename: '" + filename + "'");
    }
    for (int i = 0; i < filename.length(); i++) {
      char c = filename.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "an attachment's filename has no path separator or control character: '"
                + filename.replaceAll("\\p{Cntrl}", "?")
                + "'");
      }
    }
  }

  // Records compare arrays by identity; an attachment is its bytes, so compare those.
  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that
        && filename.equals(that.filename)
        && contentType.equals(that.contentType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filename, contentType, Arrays.hashCode(content));
  }

  // Never the bytes: this string ends up in logs and test failures.
  @Override
  public String toString() {
    return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
  }
}
