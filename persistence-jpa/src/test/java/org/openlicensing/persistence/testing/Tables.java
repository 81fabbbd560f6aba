package org.openlicensing.persistence.testing;

import java.util.List;

/** The tables of the schema, each after the tables that refer to it. */
public final class Tables {
  /** In an order in which deleting every row meets no foreign key. */
  public static final List<String> CHILDREN_FIRST =
      List.of(
          "usage_meter_outbox",
          "usage_events",
          "usage_daily",
          "activations",
          "licenses",
          "expiry_reminders",
          "credit_notes",
          "invoice_payment_attempts",
          "invoice_lines",
          "invoices",
          "document_sequences",
          "subscriptions",
          "billing_customers",
          "plan_version_prices",
          "plan_version_entitlements",
          "plan_versions",
          "plan_prices",
          "plan_entitlements",
          "plans",
          "catalog_state",
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
          "outbox_attachments",
          "outbox_messages",
          "audit_events",
          "security_events",
          "rate_limit_buckets",
          "inbound_events",
          "scheduled_tasks");

  /** Tables whose rows the migrations seed and the library needs: never emptied. */
  public static final List<String> SEEDED = List.of("platform_locks");

  private Tables() {}
}
