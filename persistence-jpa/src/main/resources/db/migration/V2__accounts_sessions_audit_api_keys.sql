-- Accounts grow sessions, profiles, e-mail changes, password resets, admin search and API keys;
-- the audit log and the security events record what was done. One file for PostgreSQL 15 and
-- H2 2.5 in PostgreSQL mode, as V1: no partial or expression indexes, no generated columns
-- (PostgreSQL wants them STORED, H2 refuses the word).
--
-- Values a client sends in headers (IP addresses, user agents, request ids, addresses that were
-- tried) are unbounded varchar: a request must never fail for the length of a header.

-- The name as the admins' overview sorts and searches it: in lower case, written by the
-- repository with the name, in Java's lower case, which the service also uses for the cursor of
-- a page. (An expression index on lower(name) would do, but H2 has none.) Twice as long as the
-- name, as a lower case can be longer. Accounts stored before get the database's lower(), the
-- same for every ASCII name.
alter table accounts add column name_key varchar(400);
update accounts set name_key = lower(name);
alter table accounts alter column name_key set not null;
-- the overview's orders, each with the id that breaks ties for keyset pagination; the order by
-- e-mail address walks the unique index of V1
create index accounts_created_idx on accounts (created_at, id);
create index accounts_name_key_idx on accounts (name_key, id);

-- A subscription is now made by an account or by an API key: created_by is whichever made it,
-- the identity its idempotency keys are scoped to, and can refer to neither table alone.
alter table subscriptions drop constraint subscriptions_created_by_fk;

-- What a token confirms beyond its account, such as the new address of an e-mail change.
alter table one_time_tokens add column payload varchar(1000);

-- One sign-in. Its refresh tokens are the family of the same id; its access tokens name it.
-- Every authenticated request reads it by its primary key, joined to the account and its roles.
create table sessions (
  id uuid primary key,
  account_id uuid not null,
  created_at timestamp with time zone not null,
  last_used_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  ip_address varchar,
  user_agent varchar,
  revoked_at timestamp with time zone,
  constraint sessions_account_fk foreign key (account_id) references accounts (id)
);
-- an account's live sessions, newest first, and revoking all of them
create index sessions_account_idx on sessions (account_id, created_at);

-- The business profile and preferences, at most one row per account. An address is all there
-- (line1, postal code and city at least) or not at all.
create table account_profiles (
  account_id uuid primary key,
  company_name varchar(200),
  vat_id varchar(32),
  address_line1 varchar(200),
  address_line2 varchar(200),
  postal_code varchar(32),
  city varchar(200),
  region varchar(200),
  country varchar(2),
  phone varchar(32),
  locale varchar(35) not null,
  time_zone varchar(64) not null,
  marketing_emails boolean not null,
  constraint account_profiles_account_fk foreign key (account_id) references accounts (id),
  constraint account_profiles_address_check check (
    (address_line1 is null and address_line2 is null and postal_code is null and city is null
      and region is null)
    or (address_line1 is not null and postal_code is not null and city is not null))
);

-- The audit log: rows are inserted and read, never updated or deleted. No foreign keys: a log
-- records what happened and must take the event whatever becomes of the rows it names, and a
-- target may be of any kind (target_type). The details are a JSON object of strings.
create table audit_events (
  id uuid primary key,
  occurred_at timestamp with time zone not null,
  actor_account_id uuid,
  actor_api_key_id uuid,
  action varchar(100) not null,
  target_type varchar(50) not null,
  target_id uuid,
  organization_id uuid,
  ip_address varchar,
  request_id varchar,
  details varchar not null
);
-- "what happened to this account" and "what did this account do", newest first
create index audit_events_target_idx on audit_events (target_id, occurred_at);
create index audit_events_actor_idx on audit_events (actor_account_id, occurred_at);

-- What security monitoring sees, such as failed sign-ins, newest first by id (UUIDv7 ids are
-- time-ordered; the primary key serves the pages). No foreign key, as for the audit log.
create table security_events (
  id uuid primary key,
  occurred_at timestamp with time zone not null,
  event_type varchar(32) not null,
  account_id uuid,
  email varchar,
  ip_address varchar,
  user_agent varchar,
  request_id varchar,
  constraint security_events_type_check check (event_type in ('LOGIN_FAILED',
    'LOGIN_THROTTLED', 'REFRESH_TOKEN_REUSED', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
    'RATE_LIMITED'))
);

-- Staff's notes on an account, which its owner never sees.
create table support_notes (
  id uuid primary key,
  account_id uuid not null,
  author_id uuid not null,
  body varchar(5000) not null,
  created_at timestamp with time zone not null,
  constraint support_notes_account_fk foreign key (account_id) references accounts (id),
  constraint support_notes_author_fk foreign key (author_id) references accounts (id)
);
create index support_notes_account_idx on support_notes (account_id, created_at);

-- An organization's API keys. The prefix finds the key; the secret is kept as its SHA-256. The
-- scopes are one column (names in the enum's order, comma-separated), so a key is one row.
create table api_keys (
  id uuid primary key,
  organization_id uuid not null,
  name varchar(200) not null,
  prefix varchar(32) not null,
  secret_hash varchar(64) not null,
  scopes varchar(64) not null,
  created_at timestamp with time zone not null,
  created_by uuid,
  last_used_at timestamp with time zone,
  revoked_at timestamp with time zone,
  constraint api_keys_prefix_key unique (prefix),
  constraint api_keys_organization_fk foreign key (organization_id) references organizations (id),
  constraint api_keys_created_by_fk foreign key (created_by) references accounts (id)
);
create index api_keys_organization_idx on api_keys (organization_id, created_at);

-- Token buckets that several servers share, in Bucket4j's layout: the key (limit name, ':',
-- key), the serialized bucket, and when a full bucket may be removed (epoch milliseconds).
create table rate_limit_buckets (
  id varchar(512) primary key,
  state bytea,
  expires_at bigint
);
create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);

-- Rows that exist only to be locked with SELECT ... FOR UPDATE, so that work on several servers
-- takes turns until the transaction that holds the lock ends. Seeded here; never deleted.
create table platform_locks (
  name varchar(64) primary key
);
insert into platform_locks (name) values ('role_changes');
