-- The inbox of provider webhooks (Stripe, Resend). A delivery is stored once per provider event
-- id, acknowledged, and processed later by a worker on any server: RECEIVED (due at
-- next_attempt_at), PROCESSING (claimed by claim_id until lease_until), PROCESSED, FAILED (due
-- again at next_attempt_at) or DEAD (after the last retry).
create table inbound_events (
  id uuid primary key,
  provider varchar(32) not null,
  event_id varchar(255) not null,
  type varchar(255) not null,
  object_id varchar(255),
  payload varchar not null,
  status varchar(16) not null,
  attempts integer not null,
  next_attempt_at timestamp with time zone,
  last_error varchar(1000),
  received_at timestamp with time zone not null,
  claim_id uuid,
  claimed_at timestamp with time zone,
  lease_until timestamp with time zone,
  processed_at timestamp with time zone,
  constraint inbound_events_provider_event_key unique (provider, event_id),
  constraint inbound_events_status_check
    check (status in ('RECEIVED', 'PROCESSING', 'PROCESSED', 'FAILED', 'DEAD')),
  constraint inbound_events_attempts_check check (attempts >= 0)
);
-- the workers' questions: which RECEIVED or FAILED events are due now, earliest first; and which
-- PROCESSING events have outlived their lease
create index inbound_events_due_idx on inbound_events (status, next_attempt_at);
create index inbound_events_lease_idx on inbound_events (status, lease_until);

-- db-scheduler 16.7.1's table for persistent jobs, as its documentation gives it for PostgreSQL;
-- H2 in PostgreSQL mode takes the same statements. Every server polls it, and each execution of a
-- job is picked by one of them.
create table scheduled_tasks (
  task_name text not null,
  task_instance text not null,
  task_data bytea,
  execution_time timestamp with time zone not null,
  picked boolean not null,
  picked_by text,
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures int,
  last_heartbeat timestamp with time zone,
  version bigint not null,
  priority smallint,
  primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
