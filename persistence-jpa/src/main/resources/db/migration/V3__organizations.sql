-- Organizations grow billing details, invitations by e-mail, a member list that pages, members
-- who leave with their licenses taken back, and an audit log that admins browse. One file for
-- PostgreSQL 15 and H2 2.5 in PostgreSQL mode, as V1 and V2: no partial or expression indexes,
-- no generated columns.

-- Whom an organization's invoices are made out to: at most one row per organization, replaced
-- as a whole. An address here is always complete, so its required parts are NOT NULL.
create table organization_billing_details (
  organization_id uuid primary key,
  legal_name varchar(200) not null,
  vat_id varchar(32),
  address_line1 varchar(200) not null,
  address_line2 varchar(200),
  postal_code varchar(32) not null,
  city varchar(200) not null,
  region varchar(200),
  country varchar(2) not null,
  billing_email varchar(254) not null,
  constraint organization_billing_details_organization_fk
    foreign key (organization_id) references organizations (id)
);

-- An invitation by e-mail; its token travels in the e-mail only and is kept as its SHA-256 (hex),
-- unique, as the link finds the invitation by it. An invitation is open until it is accepted or
-- revoked, whether it has expired or not: inviting the address again renews the open row (a new
-- token, role and expiry) instead of adding one. Closed rows stay for the record.
--
-- An organization has at most one open invitation per address. open_email is the address while
-- the invitation is open and NULL once it is closed (the repository writes both in the same
-- statement, the check below refuses anything else), so the unique constraint on
-- (organization_id, open_email) admits one open invitation per address and any number of closed
-- ones: NULLs never collide in a unique constraint on either database. This stands in for the
-- partial unique index H2 lacks, as activations.active_fingerprint does in V1. Its index also
-- serves "the open invitations to these addresses".
create table invitations (
  id uuid primary key,
  organization_id uuid not null,
  email varchar(254) not null,
  role varchar(32) not null,
  token_hash varchar(64) not null,
  invited_by uuid,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  accepted_at timestamp with time zone,
  accepted_by uuid,
  revoked_at timestamp with time zone,
  open_email varchar(254),
  constraint invitations_token_hash_key unique (token_hash),
  constraint invitations_open_email_key unique (organization_id, open_email),
  constraint invitations_organization_fk foreign key (organization_id) references organizations (id),
  constraint invitations_invited_by_fk foreign key (invited_by) references accounts (id),
  constraint invitations_accepted_by_fk foreign key (accepted_by) references accounts (id),
  constraint invitations_role_check check (role in ('OWNER', 'ADMIN', 'BILLING', 'MEMBER')),
  -- open, accepted by an account, or revoked: exactly one of the three. "open_email is not
  -- null" is spelled out: a check passes when it is NULL, as "NULL = email" would be.
  constraint invitations_state_check check (
    (open_email is not null and open_email = email
      and accepted_at is null and accepted_by is null and revoked_at is null)
    or (open_email is null and accepted_at is not null and accepted_by is not null
      and revoked_at is null)
    or (open_email is null and accepted_at is null and accepted_by is null
      and revoked_at is not null))
);
-- The organization's open invitations, page by page in id order: the index walks the
-- organization's invitations in id order and the query skips the closed ones. Neither database
-- orders by id after an "IS NULL" column of an index, and a partial index is not to be had, so
-- this is the index that yields id order without a sort.
create index invitations_organization_idx on invitations (organization_id, id);

-- The member list, page by page: by when members joined, then by account id (keyset pagination).
-- The primary key (organization_id, account_id) cannot give that order.
create index memberships_joined_idx on memberships (organization_id, joined_at, account_id);

-- Members who leave give back the organization's licenses they hold: licenses_assignee_idx of V1
-- (assignee_id, id) finds them, as an account holds few licenses; no index is added for that.

-- The audit log of one organization, newest first: UUIDv7 ids are time-ordered, so id order is
-- the order of events. The platform-wide list walks the primary key backwards.
create index audit_events_organization_idx on audit_events (organization_id, id);
