-- A retired plan is no longer sold to new subscriptions; the subscriptions on it keep renewing on
-- it. GET /v1/plans lists the active plans.
alter table plans add column active boolean default true not null;

-- Every saved version of a plan, whole, for admins to see what changed, when, by whom and from
-- where: SEED (the plan as found before its first recorded change), FILE (a catalog file of
-- catalog_version) or ADMIN (saved_by). changes names the fields that differ from the version
-- before, comma-separated. No foreign key to accounts: the history outlives an erased admin, as
-- the audit log does.
create table plan_versions (
  id uuid primary key,
  plan_code varchar(40) not null,
  version integer not null,
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
  price_version integer not null,
  active boolean not null,
  source varchar(8) not null,
  catalog_version integer,
  saved_at timestamp with time zone not null,
  saved_by uuid,
  changes varchar(500) not null,
  -- also the index of "the history of a plan, newest first"
  constraint plan_versions_plan_version_key unique (plan_code, version),
  constraint plan_versions_plan_fk foreign key (plan_code) references plans (code),
  constraint plan_versions_version_check check (version >= 1 and price_version >= 1),
  constraint plan_versions_source_check check (source in ('SEED', 'FILE', 'ADMIN')),
  constraint plan_versions_file_check check ((source = 'FILE') = (catalog_version is not null))
);

-- The prices of a saved version, in the order it lists them; like plan_prices.
create table plan_version_prices (
  plan_version_id uuid not null,
  list_position integer not null,
  billing_period varchar(16) not null,
  amount bigint not null,
  currency char(3) not null,
  constraint plan_version_prices_pk primary key (plan_version_id, list_position),
  constraint plan_version_prices_version_fk
    foreign key (plan_version_id) references plan_versions (id),
  constraint plan_version_prices_period_check check (billing_period in ('MONTHLY', 'YEARLY')),
  constraint plan_version_prices_amount_check check (amount >= 0)
);

create table plan_version_entitlements (
  plan_version_id uuid not null,
  entitlement varchar(100) not null,
  constraint plan_version_entitlements_pk primary key (plan_version_id, entitlement),
  constraint plan_version_entitlements_version_fk
    foreign key (plan_version_id) references plan_versions (id)
);

-- The version of the catalog file applied last. One row, made by the first file applied; a
-- server applying a file locks it (SELECT ... FOR UPDATE), so that servers starting at once with
-- the same file apply it once.
create table catalog_state (
  id integer primary key,
  applied_version integer not null,
  applied_at timestamp with time zone,
  constraint catalog_state_one_row_check check (id = 1),
  constraint catalog_state_version_check check (applied_version >= 0)
);
