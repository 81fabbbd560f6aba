-- The initial schema. One file for PostgreSQL 15 and for H2 2.5 in PostgreSQL mode
-- (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE): so no partial indexes, no PostgreSQL-only types.
-- Ids are uuid, instants timestamp with time zone, money bigint minor units with a char(3)
-- ISO currency. Enums are stored by name and checked. Every lookup of a repository runs on
-- an index: unique constraints and primary keys create theirs, the others are named below.

-- The customers. Every account has a personal one from sign-up.
create table organizations (
  id uuid primary key,
  name varchar(200) not null,
  personal boolean not null,
  created_at timestamp with time zone not null
);

create table accounts (
  id uuid primary key,
  email varchar(254) not null,
  name varchar(200) not null,
  status varchar(32) not null,
  password_hash varchar(512) not null,
  personal_organization_id uuid not null,
  created_at timestamp with time zone not null,
  constraint accounts_email_key unique (email),
  constraint accounts_personal_organization_fk
    foreign key (personal_organization_id) references organizations (id),
  constraint accounts_status_check
    check (status in ('PENDING_VERIFICATION', 'ACTIVE', 'DISABLED', 'ERASED'))
);

create table account_roles (
  account_id uuid not null,
  role varchar(32) not null,
  constraint account_roles_pk primary key (account_id, role),
  constraint account_roles_account_fk foreign key (account_id) references accounts (id),
  constraint account_roles_role_check check (role in ('USER', 'ADMIN', 'SUPER_ADMIN'))
);
-- "is there a super admin yet?"
create index account_roles_role_idx on account_roles (role);

-- The primary key serves an organization's members; the index an account's organizations.
create table memberships (
  organization_id uuid not null,
  account_id uuid not null,
  role varchar(32) not null,
  joined_at timestamp with time zone not null,
  constraint memberships_pk primary key (organization_id, account_id),
  constraint memberships_organization_fk foreign key (organization_id) references organizations (id),
  constraint memberships_account_fk foreign key (account_id) references accounts (id),
  constraint memberships_role_check check (role in ('OWNER', 'ADMIN', 'BILLING', 'MEMBER'))
);
create index memberships_account_idx on memberships (account_id);

-- Secrets sent by e-mail, kept as their SHA-256 only.
create table one_time_tokens (
  id uuid primary key,
  account_id uuid not null,
  purpose varchar(32) not null,
  token_hash varchar(64) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone,
  constraint one_time_tokens_hash_key unique (token_hash),
  constraint one_time_tokens_account_fk foreign key (account_id) references accounts (id)
);
create index one_time_tokens_account_idx on one_time_tokens (account_id);

-- A family is one sign-in; revoking it revokes every token of the family.
create table refresh_tokens (
  id uuid primary key,
  family_id uuid not null,
  account_id uuid not null,
  token_hash varchar(64) not null,
  issued_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  rotated_at timestamp with time zone,
  revoked_at timestamp with time zone,
  constraint refresh_tokens_hash_key unique (token_hash),
  constraint refresh_tokens_account_fk foreign key (account_id) references accounts (id)
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_account_idx on refresh_tokens (account_id);

-- The catalog. A plan is known by its code, which subscriptions and licenses name; the
-- catalog lists plans in the order they were added (catalog_order).
create table plans (
  code varchar(40) primary key,
  catalog_order bigint generated always as identity,
  name varchar(200) not null,
  description varchar(4000) not null,
  min_seats integer not null,
  max_seats integer not null,
  trial_days integer not null,
  device_limit integer not null,
  floating boolean not null,
  offline_allowed boolean not null,
  grace_days integer not null,
  token_lifetime_seconds bigint not null,
  kyc_required boolean not null,
  constraint plans_seats_check check (min_seats >= 1 and max_seats >= min_seats),
  constraint plans_policy_check
    check (device_limit >= 1 and grace_days >= 0 and token_lifetime_seconds > 0),
  constraint plans_catalog_order_key unique (catalog_order)
);

-- The prices of a plan, in the order the plan lists them.
create table plan_prices (
  plan_code varchar(40) not null,
  list_position integer not null,
  billing_period varchar(16) not null,
  amount bigint not null,
  currency char(3) not null,
  constraint plan_prices_pk primary key (plan_code, list_position),
  constraint plan_prices_plan_fk foreign key (plan_code) references plans (code),
  constraint plan_prices_period_check check (billing_period in ('MONTHLY', 'YEARLY')),
  constraint plan_prices_amount_check check (amount >= 0)
);

create table plan_entitlements (
  plan_code varchar(40) not null,
  entitlement varchar(100) not null,
  constraint plan_entitlements_pk primary key (plan_code, entitlement),
  constraint plan_entitlements_plan_fk foreign key (plan_code) references plans (code)
);

-- A retried request carries the idempotency key of its first try; the key is unique per
-- account. Rows without a key never collide: NULLs are distinct in a unique constraint on
-- both databases, which stands in for the partial index H2 lacks.
create table subscriptions (
  id uuid primary key,
  organization_id uuid not null,
  plan_code varchar(40) not null,
  seats integer not null,
  billing_period varchar(16) not null,
  price_amount bigint not null,
  price_currency char(3) not null,
  status varchar(16) not null,
  current_period_start timestamp with time zone not null,
  current_period_end timestamp with time zone not null,
  created_at timestamp with time zone not null,
  created_by uuid not null,
  idempotency_key varchar(255),
  constraint subscriptions_idempotency_key unique (created_by, idempotency_key),
  constraint subscriptions_organization_fk foreign key (organization_id) references organizations (id),
  constraint subscriptions_plan_fk foreign key (plan_code) references plans (code),
  constraint subscriptions_created_by_fk foreign key (created_by) references accounts (id),
  constraint subscriptions_seats_check check (seats >= 1),
  constraint subscriptions_period_check check (billing_period in ('MONTHLY', 'YEARLY')),
  constraint subscriptions_status_check
    check (status in ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED'))
);
-- an organization's subscriptions, newest first
create index subscriptions_organization_idx on subscriptions (organization_id, created_at);

-- One seat of a subscription. A license keeps the policy and entitlements of its plan as they
-- were when it was made, so that changing the catalog does not change licenses sold. The
-- entitlements are one column (names, comma-separated, sorted): a license is one row, read by
-- one index lookup on every validation and written in one batch per subscription.
create table licenses (
  id uuid primary key,
  license_key varchar(64) not null,
  organization_id uuid not null,
  subscription_id uuid not null,
  plan_code varchar(40) not null,
  status varchar(16) not null,
  expires_at timestamp with time zone not null,
  device_limit integer not null,
  floating boolean not null,
  offline_allowed boolean not null,
  grace_days integer not null,
  token_lifetime_seconds bigint not null,
  entitlements varchar(4000) not null,
  assignee_id uuid,
  created_at timestamp with time zone not null,
  constraint licenses_key unique (license_key),
  constraint licenses_organization_fk foreign key (organization_id) references organizations (id),
  constraint licenses_subscription_fk foreign key (subscription_id) references subscriptions (id),
  constraint licenses_plan_fk foreign key (plan_code) references plans (code),
  constraint licenses_assignee_fk foreign key (assignee_id) references accounts (id),
  constraint licenses_status_check check (status in ('ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED')),
  constraint licenses_policy_check
    check (device_limit >= 1 and grace_days >= 0 and token_lifetime_seconds > 0)
);
-- the pages of licenses an account sees: its organizations' and those assigned to it, by id
create index licenses_organization_idx on licenses (organization_id, id);
create index licenses_assignee_idx on licenses (assignee_id, id);
create index licenses_subscription_idx on licenses (subscription_id);

-- A license in use on a device. Ended activations stay for the record. active_fingerprint is
-- the fingerprint while the activation is active and NULL once it ended, so the unique
-- constraint allows one active activation per fingerprint and license, and any number of
-- ended ones; its index also serves every lookup of active activations by license.
create table activations (
  id uuid primary key,
  license_id uuid not null,
  fingerprint varchar(255) not null,
  active_fingerprint varchar(255),
  name varchar(255),
  platform varchar(64),
  created_at timestamp with time zone not null,
  last_seen_at timestamp with time zone not null,
  deactivated_at timestamp with time zone,
  constraint activations_active_fingerprint unique (license_id, active_fingerprint),
  constraint activations_license_fk foreign key (license_id) references licenses (id),
  constraint activations_active_check check (
    (active_fingerprint is null and deactivated_at is not null)
    or (active_fingerprint = fingerprint and deactivated_at is null))
);

-- E-mails waiting for delivery, written in the transaction of the change that causes them.
-- A PENDING message is due at next_attempt_at; a relay claims it by moving that forward.
create table outbox_messages (
  id uuid primary key,
  recipient varchar(254) not null,
  subject varchar(1000) not null,
  text_body varchar not null,
  html_body varchar,
  status varchar(16) not null,
  attempts integer not null,
  created_at timestamp with time zone not null,
  next_attempt_at timestamp with time zone not null,
  last_error varchar,
  sent_at timestamp with time zone,
  dead_at timestamp with time zone,
  constraint outbox_messages_status_check check (status in ('PENDING', 'SENT', 'DEAD'))
);
-- the relay's question: which PENDING messages are due now, oldest first
create index outbox_messages_due_idx on outbox_messages (status, next_attempt_at);
