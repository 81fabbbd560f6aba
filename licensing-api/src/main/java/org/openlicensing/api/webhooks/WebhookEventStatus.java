package org.openlicensing.api.webhooks;

/**
 * Where a provider's event stands in the inbox: stored and due ({@code RECEIVED}), being handled by
 * a worker ({@code PROCESSING}), done ({@code PROCESSED}), waiting for a retry after a failure
 * ({@code FAILED}), or given up after the last retry ({@code DEAD}).
 */
public enum WebhookEventStatus {
  RECEIVED,
  PROCESSING,
  PROCESSED,
  FAILED,
  DEAD
}
