package org.openlicensing.api.webhooks;

import java.time.Instant;

/**
 * Which inbox events to list; a null field does not filter.
 *
 * @param provider such as {@code stripe}
 * @param type the provider's event type, exactly, such as {@code invoice.paid}
 * @param from the first time of arrival included
 * @param to the first time of arrival no longer included
 */
public record WebhookEventQuery(
    String provider, WebhookEventStatus status, String type, Instant from, Instant to) {

  public static WebhookEventQuery everything() {
    return new WebhookEventQuery(null, null, null, null, null);
  }
}
