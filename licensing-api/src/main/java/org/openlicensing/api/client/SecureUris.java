package org.openlicensing.api.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses plain HTTP except to this machine: a license key, or keys to trust, must not cross a
 * network in clear text. Plain HTTP to localhost is for development and tests.
 */
final class SecureUris {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private SecureUris() {}

  static URI require(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() != null
        && (scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost())))) {
      return uri;
    }
    throw new IllegalArgumentException(
        "use an https URL (plain http only to localhost), not " + uri);
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    // IP literals only: a name is never looked up, so that DNS cannot make a host local.
    if (!literal.contains(":") && !IPV4.matcher(literal).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
