package org.openlicensing.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed. Behind a load balancer every request comes
 * from the balancer's address, which would make per-IP limits meaningless; naming the balancer here
 * makes the client's address the one it forwarded. Addresses the proxies did not add are ignored:
 * the client is the rightmost address that is not a trusted proxy.
 */
public final class TrustedProxies {
  private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F.:]+");
  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses {@code 10.0.0.1, 10.1.0.0/16, ::1}; throws IllegalArgumentException naming the bad one.
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : list.split(",")) {
      String trimmed = entry.strip();
      if (!trimmed.isEmpty()) {
        ranges.add(Range.parse(trimmed));
      }
    }
    return new TrustedProxies(ranges);
  }

  /** The client's address for a connection from {@code peer} carrying this header (may be null). */
  public String clientAddress(String peer, String forwardedFor) {
    if (forwardedFor == null || !isTrusted(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!LITERAL.matcher(hop).matches()) {
        return peer;
      }
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return peer;
  }

  private boolean isTrusted(String address) {
    if (address == null || !LITERAL.matcher(address).matches()) {
      return false;
    }
    byte[] bytes = Range.bytes(address);
    return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
  }

  private record Range(byte[] network, int prefixLength) {
    static Range parse(String text) {
      String[] parts = text.split("/", 2);
      byte[] network = LITERAL.matcher(parts[0]).matches() ? bytes(parts[0]) : null;
      if (network == null) {
        throw new IllegalArgumentException("is not an IP address or CIDR range: \"" + text + "\"");
      }
      int bits = network.length * 8;
      int prefix = bits;
      if (parts.length == 2) {
        try {
          prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException("has a bad prefix length: \"" + text + "\"");
        }
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefixLength; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }

    /** The address's bytes, for literals only: never a DNS lookup. */
    static byte[] bytes(String literal) {
      try {
        return InetAddress.getByName(literal).getAddress();
      } catch (UnknownHostException e) {
        return null;
      }
    }
  }
}
