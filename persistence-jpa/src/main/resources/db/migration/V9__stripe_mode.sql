-- Stripe mode (issue 5): a payment service runs the subscriptions and the library mirrors them.

-- Each organization is one customer of the payment service, made on first need. The unique
-- customer id finds the organization of an invoice that names only its customer.
create table billing_customers (
  organization_id uuid primary key,
  provider varchar(32) not null,
  customer_id varchar(255) not null,
  created_at timestamp with time zone not null,
  constraint billing_customers_customer_key unique (customer_id),
  constraint billing_customers_organization_fk
    foreign key (organization_id) references organizations (id)
);

-- The payment service's subscription a row mirrors; null for the built-in billing's own, which
-- alone the renewal and collection jobs turn.
alter table subscriptions add column provider_subscription_id varchar(255);
alter table subscriptions add constraint subscriptions_provider_subscription_key
  unique (provider_subscription_id);

-- A refund made at the payment service (its dashboard) is mirrored as a credit note that no
-- account of the library made.
alter table credit_notes alter column created_by drop not null;
