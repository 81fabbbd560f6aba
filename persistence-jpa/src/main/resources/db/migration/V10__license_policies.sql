-- License policies (issue 6): floating licenses whose devices run on leases kept alive by
-- heartbeats, with a concurrency limit of their own; user-bound licenses; an overage allowance;
-- and what a transfer to another member does to the devices. A policy lives in three tables (the
-- plan, each saved version of it, and each license made from it), so each gets the same columns.
-- Existing rows keep working: a NULL concurrency limit is the device limit, and the other columns
-- default to what licenses did before (a ten-minute window, not user-bound, no overage, devices
-- deactivated when the holder changes).

alter table plans add column concurrency_limit integer;
alter table plans add column heartbeat_window_seconds bigint default 600 not null;
alter table plans add column user_bound boolean default false not null;
alter table plans add column overage varchar(16) default 'NONE' not null;
alter table plans add column transfer_rule varchar(16) default 'DEACTIVATE' not null;
alter table plans add constraint plans_lease_policy_check check (
  (concurrency_limit is null
    or (concurrency_limit between 1 and device_limit
      and (floating or concurrency_limit = device_limit)))
  and heartbeat_window_seconds > 0
  and overage in ('NONE', 'ALLOW_1_25X', 'ALLOW_1_5X', 'ALLOW_2X')
  and transfer_rule in ('KEEP', 'DEACTIVATE'));

alter table plan_versions add column concurrency_limit integer;
alter table plan_versions add column heartbeat_window_seconds bigint default 600 not null;
alter table plan_versions add column user_bound boolean default false not null;
alter table plan_versions add column overage varchar(16) default 'NONE' not null;
alter table plan_versions add column transfer_rule varchar(16) default 'DEACTIVATE' not null;
alter table plan_versions add constraint plan_versions_lease_policy_check check (
  (concurrency_limit is null
    or (concurrency_limit between 1 and device_limit
      and (floating or concurrency_limit = device_limit)))
  and heartbeat_window_seconds > 0
  and overage in ('NONE', 'ALLOW_1_25X', 'ALLOW_1_5X', 'ALLOW_2X')
  and transfer_rule in ('KEEP', 'DEACTIVATE'));

alter table licenses add column concurrency_limit integer;
alter table licenses add column heartbeat_window_seconds bigint default 600 not null;
alter table licenses add column user_bound boolean default false not null;
alter table licenses add column overage varchar(16) default 'NONE' not null;
alter table licenses add column transfer_rule varchar(16) default 'DEACTIVATE' not null;
alter table licenses add constraint licenses_lease_policy_check check (
  (concurrency_limit is null
    or (concurrency_limit between 1 and device_limit
      and (floating or concurrency_limit = device_limit)))
  and heartbeat_window_seconds > 0
  and overage in ('NONE', 'ALLOW_1_25X', 'ALLOW_1_5X', 'ALLOW_2X')
  and transfer_rule in ('KEEP', 'DEACTIVATE'));

-- A floating device's lease: alive until lease_expires_at, which each heartbeat moves on. NULL
-- for a node-locked device, an ended activation, and a lease that died and was culled. The cull
-- job finds the dead ones on the index; a node-locked device is never in its range.
alter table activations add column lease_expires_at timestamp with time zone;
create index activations_lease_expiry_idx on activations (lease_expires_at);
-- the licenses a device's fingerprint is active on, for security monitoring of reused devices
create index activations_active_fingerprint_idx on activations (active_fingerprint, license_id);

-- Security events may say what they concern (a fingerprint and its licenses), as a JSON object
-- of strings; and a fingerprint active on several licenses is one of them.
alter table security_events add column details varchar(4000);
alter table security_events drop constraint security_events_type_check;
alter table security_events add constraint security_events_type_check check (event_type in (
  'LOGIN_FAILED', 'LOGIN_THROTTLED', 'REFRESH_TOKEN_REUSED', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
  'RATE_LIMITED', 'FINGERPRINT_REUSED'));
