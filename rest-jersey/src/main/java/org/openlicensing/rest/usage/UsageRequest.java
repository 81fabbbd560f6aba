package org.openlicensing.rest.usage;

/** {@code POST /v1/licenses/{id}/usage}: a whole-number quantity, never a fraction. */
public record UsageRequest(String metric, Long quantity, String idempotencyKey) {}
