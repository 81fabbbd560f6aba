package org.openlicensing.server.http;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Keeps every connection on HTTP/1.1 by ignoring {@code Upgrade} requests, as RFC 9110 (section
 * 7.8) allows. The JDK's HttpClient offers {@code Upgrade: h2c} on the first request to a plain
 * {@code http://} server; Grizzly without its HTTP/2 filters then stops framing the request body
 * and the request hangs until the client gives up (eclipse-ee4j/jersey#6059). We serve no upgraded
 * protocol, so the offer is dropped and the request is answered as HTTP/1.1.
 */
public final class Http11Only implements AddOn {

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int index = builder.indexOfType(HttpServerFilter.class);
    HttpServerFilter original = (HttpServerFilter) builder.get(index);
    UpgradeIgnoringServerFilter replacement = new UpgradeIgnoringServerFilter(listener);
    replacement.setAllowPayloadForUndefinedHttpMethods(
        original.isAllowPayloadForUndefinedHttpMethods());
    replacement.setDefaultResponseContentType(original.getDefaultResponseContentType());
    builder.set(index, replacement);
  }

  /** Grizzly's server filter, built as HttpServer builds it, that ignores upgrade offers. */
  static final class UpgradeIgnoringServerFilter extends HttpServerFilter {
    private static final int DEFAULT_MAX_HEADER_SIZE = 8192;

    UpgradeIgnoringServerFilter(NetworkListener listener) {
      super(
          listener.isChunkingEnabled(),
          listener.getMaxHttpHeaderSize() == -1
              ? DEFAULT_MAX_HEADER_SIZE
              : listener.getMaxHttpHeaderSize(),
          null,
          listener.getKeepAlive(),
          null,
          listener.getMaxRequestHeaders(),
          listener.getMaxResponseHeaders());
    }

    @Override
    protected void onIncomingUpgrade(FilterChainContext context, HttpHeader header) {
      header.getUpgradeDC().recycle();
      header.getHeaders().removeHeader(Header.Upgrade);
      header.getHeaders().removeHeader("HTTP2-Settings");
    }
  }
}
