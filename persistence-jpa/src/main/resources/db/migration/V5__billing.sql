-- Billing (issue 5): versioned prices, the subscription's lifecycle and dunning, invoices with
-- gapless numbers, payment attempts and credit notes. Money is bigint minor units everywhere.

-- A plan's prices carry a version; a subscription keeps the version it pays until it renews.
alter table plans add column price_version integer default 1 not null;
alter table plans add constraint plans_price_version_check check (price_version >= 1);

alter table subscriptions add column price_version integer default 1 not null;
alter table subscriptions add column trial_end timestamp with time zone;
alter table subscriptions add column ended_at timestamp with time zone;
-- fewer seats or a cheaper plan, from the end of the current period
alter table subscriptions add column scheduled_plan_code varchar(40);
alter table subscriptions add column scheduled_seats integer;
-- the payment method renewals are charged to (a gateway's id, never card data)
alter table subscriptions add column payment_method varchar(255);
alter table subscriptions add column failed_payment_attempts integer default 0 not null;
alter table subscriptions add column next_payment_attempt_at timestamp with time zone;
alter table subscriptions add column past_due_since timestamp with time zone;
alter table subscriptions add constraint subscriptions_scheduled_plan_fk
  foreign key (scheduled_plan_code) references plans (code);
alter table subscriptions add constraint subscriptions_scheduled_check
  check ((scheduled_plan_code is null) = (scheduled_seats is null)
         and (scheduled_seats is null or scheduled_seats >= 1));
alter table subscriptions add constraint subscriptions_dunning_check
  check (failed_payment_attempts >= 0);
-- the renewal job: live subscriptions by the end of their period
create index subscriptions_period_end_idx on subscriptions (current_period_end, id);
-- the collection job: the next payment attempt that is due
create index subscriptions_next_attempt_idx on subscriptions (next_payment_attempt_at);

-- One counter per number series and year. Drawing a number updates its row, which stays locked
-- until the transaction ends and rolls back with it: no gaps, no duplicates.
create table document_sequences (
  series varchar(8) not null,
  sequence_year integer not null,
  last_number bigint not null,
  constraint document_sequences_pk primary key (series, sequence_year),
  constraint document_sequences_number_check check (last_number >= 0)
);

create table invoices (
  id uuid primary key,
  number varchar(32) not null,
  organization_id uuid not null,
  subscription_id uuid,
  reason varchar(32) not null,
  status varchar(16) not null,
  currency char(3) not null,
  subtotal bigint not null,
  tax_country char(2) not null,
  tax_rate_basis_points integer not null,
  tax_amount bigint not null,
  reverse_charge boolean not null,
  tax_note varchar(500),
  total bigint not null,
  amount_paid bigint not null,
  amount_refunded bigint not null,
  seller_name varchar(200) not null,
  seller_address varchar(1000) not null,
  seller_country char(2) not null,
  seller_vat_id varchar(32),
  seller_email varchar(320),
  buyer_name varchar(200) not null,
  buyer_address varchar(1000) not null,
  buyer_country char(2) not null,
  buyer_vat_id varchar(32),
  buyer_email varchar(320),
  issued_at timestamp with time zone not null,
  paid_at timestamp with time zone,
  provider_invoice_id varchar(255),
  constraint invoices_number_key unique (number),
  constraint invoices_provider_invoice_key unique (provider_invoice_id),
  constraint invoices_organization_fk foreign key (organization_id) references organizations (id),
  constraint invoices_subscription_fk foreign key (subscription_id) references subscriptions (id),
  constraint invoices_status_check check (status in ('OPEN', 'PAID', 'VOID', 'UNCOLLECTIBLE')),
  constraint invoices_reason_check check (reason in
    ('SUBSCRIPTION_CREATE', 'SUBSCRIPTION_CYCLE', 'SUBSCRIPTION_UPDATE', 'MANUAL')),
  constraint invoices_total_check check (total = subtotal + tax_amount),
  -- refunds never exceed what was paid, whatever the code above does
  constraint invoices_refund_check
    check (amount_paid >= 0 and amount_refunded >= 0 and amount_refunded <= amount_paid)
);
-- an organization's invoices, newest first; a subscription's invoices
create index invoices_organization_idx on invoices (organization_id, id);
create index invoices_subscription_idx on invoices (subscription_id, id);

create table invoice_lines (
  invoice_id uuid not null,
  line_position integer not null,
  description varchar(500) not null,
  kind varchar(16) not null,
  quantity bigint not null,
  unit_amount bigint not null,
  amount bigint not null,
  period_start timestamp with time zone not null,
  period_end timestamp with time zone not null,
  constraint invoice_lines_pk primary key (invoice_id, line_position),
  constraint invoice_lines_invoice_fk foreign key (invoice_id) references invoices (id),
  constraint invoice_lines_kind_check check (kind in ('SUBSCRIPTION', 'PRORATION', 'CREDIT'))
);

create table invoice_payment_attempts (
  id uuid primary key,
  invoice_id uuid not null,
  amount bigint not null,
  currency char(3) not null,
  succeeded boolean not null,
  provider_payment_id varchar(255),
  failure_code varchar(100),
  attempted_at timestamp with time zone not null,
  constraint invoice_payment_attempts_invoice_fk foreign key (invoice_id) references invoices (id),
  constraint invoice_payment_attempts_paid_check
    check (succeeded = false or provider_payment_id is not null)
);
create index invoice_payment_attempts_invoice_idx on invoice_payment_attempts (invoice_id, id);

create table credit_notes (
  id uuid primary key,
  number varchar(32) not null,
  invoice_id uuid not null,
  organization_id uuid not null,
  amount bigint not null,
  currency char(3) not null,
  reason varchar(500) not null,
  created_at timestamp with time zone not null,
  provider_refund_id varchar(255),
  created_by uuid not null,
  idempotency_key varchar(255),
  constraint credit_notes_number_key unique (number),
  constraint credit_notes_idempotency_key unique (created_by, idempotency_key),
  constraint credit_notes_invoice_fk foreign key (invoice_id) references invoices (id),
  constraint credit_notes_organization_fk foreign key (organization_id) references organizations (id),
  constraint credit_notes_created_by_fk foreign key (created_by) references accounts (id),
  constraint credit_notes_amount_check check (amount > 0)
);
create index credit_notes_invoice_idx on credit_notes (invoice_id, id);

-- the lapse job: live licenses by expiry
create index licenses_status_expiry_idx on licenses (status, expires_at);
