package org.openlicensing.persistence.testing;

import java.util.List;

/** The tables of the schema, each after the tables that refer to it. */
public final class Tables {
  /** In an order in which deleting every row meets no foreign key. */
  public static final List<String> CHILDREN_FIRST =
      List.of(
          "activations",
          "licenses",
          "subscriptions",
          "plan_prices",
          "plan_entitlements",
          "plans",
          "one_time_tokens",
          "refresh_tokens",
          "sessions",
          "account_profiles",
          "support_notes",
          "api_keys",
          "invitations",
          "organization_billing_details",
          "memberships",
          "account_roles",
          "accounts",
          "organizations",
          "outbox_messages",
          "audit_events",
          "security_events",
          "rate_limit_buckets");

  /** Tables whose rows the migrations seed and the library needs: never emptied. */
  public static final List<String> SEEDED = List.of("platform_locks");

  private Tables() {}
}
