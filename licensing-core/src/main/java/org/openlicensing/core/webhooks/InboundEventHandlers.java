package org.openlicensing.core.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handler of each provider's events; at most one per provider. */
public final class InboundEventHandlers {
  private final Map<String, InboundEventHandler> byProvider;

  /**
   * @param builtIn the library's own handlers
   * @param fromApplication handlers an application brings; each takes the place of the library's
   *     for its provider
   */
  public InboundEventHandlers(
      List<InboundEventHandler> builtIn, List<InboundEventHandler> fromApplication) {
    Map<String, InboundEventHandler> handlers = new LinkedHashMap<>();
    builtIn.forEach(handler -> addOnce(handlers, handler));
    Map<String, InboundEventHandler> overriding = new LinkedHashMap<>();
    fromApplication.forEach(handler -> addOnce(overriding, handler));
    handlers.putAll(overriding);
    this.byProvider = Map.copyOf(handlers);
  }

  private static void addOnce(Map<String, InboundEventHandler> handlers, InboundEventHandler h) {
    if (handlers.putIfAbsent(h.provider(), h) != null) {
      throw new IllegalArgumentException("two handlers for the events of " + h.provider());
    }
  }

  public Optional<InboundEventHandler> of(String provider) {
    return Optional.ofNullable(byProvider.get(provider));
  }
}
