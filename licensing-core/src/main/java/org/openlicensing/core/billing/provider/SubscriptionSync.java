package org.openlicensing.core.billing.provider;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the mirror of one provider subscription up to the provider's current state, for an event
 * about it. The mirror is locked before the state is fetched, so that of two events processed at
 * once, the one that writes last has read last. Runs in the caller's transaction.
 */
public final class SubscriptionSync {
  /** The metadata key under which the library's id of a subscription is kept at the provider. */
  public static final String SUBSCRIPTION_ID = "subscription_id";

  public static final String ORGANIZATION_ID = "organization_id";

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionSync.class);

  private final SubscriptionRepository subscriptions;
  private final BillingProvider provider;
  private final SubscriptionMirror mirror;

  public SubscriptionSync(
      SubscriptionRepository subscriptions, BillingProvider provider, SubscriptionMirror mirror) {
    this.subscriptions = subscriptions;
    this.provider = provider;
    this.mirror = mirror;
  }

  /**
   * The mirror as the provider's subscription is now; empty for a subscription the library did not
   * make.
   *
   * @throws IllegalStateException when the library made it but has not stored it yet (the request
   *     that bought it is still under way): the event is retried later
   */
  public Optional<Subscription> sync(String providerSubscriptionId) {
    Optional<Subscription> mirrored =
        subscriptions.findByProviderSubscriptionId(providerSubscriptionId);
    if (mirrored.isEmpty()) {
      mirrored = byMetadata(provider.fetchSubscription(providerSubscriptionId));
      if (mirrored.isEmpty()) {
        return Optional.empty();
      }
    }
    Subscription locked = subscriptions.lock(mirrored.get().id()).orElseThrow();
    return Optional.of(mirror.apply(locked, provider.fetchSubscription(providerSubscriptionId)));
  }

  private Optional<Subscription> byMetadata(ProviderSubscription theirs) {
    String ours = theirs.metadata().get(SUBSCRIPTION_ID);
    UUID id;
    try {
      id = ours == null ? null : UUID.fromString(ours);
    } catch (IllegalArgumentException e) {
      id = null;
    }
    if (id == null) {
      LOG.info("Provider subscription {} was not made by this library; ignored", theirs.id());
      return Optional.empty();
    }
    Subscription stored =
        subscriptions
            .findById(id)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "subscription " + ours + " of " + theirs.id() + " is not stored yet"));
    if (!stored.providerSubscriptionId().equals(Optional.of(theirs.id()))) {
      LOG.warn(
          "Provider subscription {} names subscription {}, which mirrors {}; ignored",
          theirs.id(),
          ours,
          stored.providerSubscriptionId().orElse("nothing"));
      return Optional.empty();
    }
    return Optional.of(stored);
  }
}
