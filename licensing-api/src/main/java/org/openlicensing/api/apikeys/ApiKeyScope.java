package org.openlicensing.api.apikeys;

/**
 * What an API key may do in its organization. Each scope includes the ones before it: WRITE can
 * read, ADMIN can write.
 */
public enum ApiKeyScope {
  /** Read licenses, subscriptions and invoices. */
  READ,
  /** Also buy, change subscriptions and free device slots. */
  WRITE,
  /** Also manage the organization's API keys. */
  ADMIN;

  public boolean includes(ApiKeyScope other) {
    return compareTo(other) >= 0;
  }
}
