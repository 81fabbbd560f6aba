package org.openlicensing.api.usage;

/**
 * A report of usage, as a device or a server sends it; the service checks it and names each field
 * at fault.
 *
 * @param quantity a whole number from 1 to {@link UsageEvent#MAX_QUANTITY}
 * @param idempotencyKey unique per license: a report with a key the license has seen already is
 *     that first event, and counts once
 */
public record NewUsage(String metric, Long quantity, String idempotencyKey) {}
