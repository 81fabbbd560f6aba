package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Price;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.ProductCreateParams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.core.billing.provider.PriceRef;
import org.openlicensing.core.billing.provider.ProviderException;

/**
 * Finds the Stripe Price of a catalog price by its lookup key, or creates it with its Product, so
 * that the library's catalog stays the one source of prices.
 */
final class StripePriceCatalog {
  private final StripeClient stripe;

  StripePriceCatalog(StripeClient stripe) {
    this.stripe = stripe;
  }

  /** The id of the Stripe Price for {@code ref}. */
  String priceId(PriceRef ref, String idempotencyKey) throws StripeException {
    PriceListParams query =
        PriceListParams.builder()
            .addLookupKey(ref.lookupKey())
            .setActive(true)
            .setLimit(1L)
            .build();
    List<Price> found = stripe.v1().prices().list(query, IdempotencyKeys.read()).getData();
    if (!found.isEmpty()) {
      return requireSame(found.get(0), ref).getId();
    }
    String productId = ensureProduct(ref, idempotencyKey);
    return stripe
        .v1()
        .prices()
        .create(priceParams(ref, productId), IdempotencyKeys.post(idempotencyKey, "price"))
        .getId();
  }

  /**
   * The product of a plan has a fixed id derived from the plan's code, so it is made once whatever
   * the number of callers; one made earlier answers resource_already_exists.
   */
  private String ensureProduct(PriceRef ref, String idempotencyKey) throws StripeException {
    String productId = productId(ref.planCode());
    ProductCreateParams params =
        ProductCreateParams.builder()
            .setId(productId)
            .setName(ref.planName())
            .putAllMetadata(Map.of("plan_code", ref.planCode()))
            .build();
    try {
      stripe.v1().products().create(params, IdempotencyKeys.post(idempotencyKey, "product"));
    } catch (InvalidRequestException e) {
      if (!"resource_already_exists".equals(e.getCode())) {
        throw e;
      }
    }
    return productId;
  }

  static String productId(String planCode) {
    return "openlicensing_" + planCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
  }

  private static PriceCreateParams priceParams(PriceRef ref, String productId) {
    return PriceCreateParams.builder()
        .setProduct(productId)
        .setUnitAmount(ref.perSeat().amount())
        .setCurrency(currency(ref))
        .setRecurring(
            PriceCreateParams.Recurring.builder().setInterval(interval(ref.period())).build())
        .setLookupKey(ref.lookupKey())
        // If an archived price still holds the key, the catalog's price takes it over.
        .setTransferLookupKey(true)
        .setNickname(ref.planName() + " " + ref.period().name().toLowerCase(Locale.ROOT))
        .putAllMetadata(
            Map.of(
                "plan_code", ref.planCode(), "price_version", String.valueOf(ref.priceVersion())))
        .build();
  }

  private static PriceCreateParams.Recurring.Interval interval(BillingPeriod period) {
    return switch (period) {
      case MONTHLY -> PriceCreateParams.Recurring.Interval.MONTH;
      case YEARLY -> PriceCreateParams.Recurring.Interval.YEAR;
    };
  }

  private static String currency(PriceRef ref) {
    return ref.perSeat().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
  }

  /**
   * A price found by key must be the catalog's: charging another amount because someone changed the
   * price in the Dashboard, or the catalog without a new version, is worse than refusing.
   */
  private static Price requireSame(Price price, PriceRef ref) {
    boolean sameAmount = Long.valueOf(ref.perSeat().amount()).equals(price.getUnitAmount());
    boolean sameCurrency = currency(ref).equals(price.getCurrency());
    String expectedInterval = ref.period() == BillingPeriod.MONTHLY ? "month" : "year";
    boolean sameInterval =
        price.getRecurring() != null
            && expectedInterval.equals(price.getRecurring().getInterval())
            && Long.valueOf(1).equals(price.getRecurring().getIntervalCount());
    if (!(sameAmount && sameCurrency && sameInterval)) {
      throw new ProviderException(
          ProviderException.Kind.INVALID_REQUEST,
          "Stripe price "
              + price.getId()
              + " under lookup key "
              + ref.lookupKey()
              + " differs from the catalog (amount, currency or interval); give the plan's prices a new version",
          null,
          "lookup_keys",
          null);
    }
    return price;
  }
}
