-- Usage metering (issue 6, item 7): what licenses report they used, its daily totals, and the
-- usage on its way to the payment service's meter in Stripe mode.

-- Each report as it came, once per license and idempotency key: a repeated report finds the
-- first. Times are the server's.
create table usage_events (
  id uuid primary key,
  license_id uuid not null,
  metric varchar(64) not null,
  quantity bigint not null,
  idempotency_key varchar(255) not null,
  recorded_at timestamp with time zone not null,
  constraint usage_events_license_key unique (license_id, idempotency_key),
  constraint usage_events_license_fk foreign key (license_id) references licenses (id),
  constraint usage_events_quantity_check check (quantity > 0)
);
-- a quota counted from within a day (a subscription's period): the events of one license and
-- metric from an instant to the next midnight
create index usage_events_license_metric_idx on usage_events (license_id, metric, recorded_at);

-- Per license, metric and UTC day the sum of the events, kept by the transaction that records
-- them: reads and quotas add up days, not events. The organization is repeated from the license
-- (a license never changes organization) so that an organization's days are read on one index.
create table usage_daily (
  license_id uuid not null,
  metric varchar(64) not null,
  usage_day date not null,
  organization_id uuid not null,
  total bigint not null,
  constraint usage_daily_pkey primary key (license_id, metric, usage_day),
  constraint usage_daily_license_fk foreign key (license_id) references licenses (id),
  constraint usage_daily_organization_fk foreign key (organization_id) references organizations (id),
  constraint usage_daily_total_check check (total > 0)
);
create index usage_daily_organization_idx on usage_daily (organization_id, usage_day, metric);

-- Usage for the payment service's meter, written with the usage and sent by a job: PENDING (due
-- at next_attempt_at; a sender claims it by moving that forward), SENT, or DEAD (refused, or too
-- old for the service to take). The identifier is derived from license and idempotency key, so
-- the service counts a resent event once.
create table usage_meter_outbox (
  id uuid primary key,
  usage_event_id uuid not null,
  event_name varchar(100) not null,
  customer_id varchar(255) not null,
  quantity bigint not null,
  identifier varchar(100) not null,
  event_time timestamp with time zone not null,
  status varchar(16) not null,
  attempts integer not null,
  next_attempt_at timestamp with time zone not null,
  last_error varchar(1000),
  sent_at timestamp with time zone,
  dead_at timestamp with time zone,
  constraint usage_meter_outbox_event_key unique (usage_event_id),
  constraint usage_meter_outbox_event_fk foreign key (usage_event_id) references usage_events (id),
  constraint usage_meter_outbox_status_check check (status in ('PENDING', 'SENT', 'DEAD')),
  constraint usage_meter_outbox_attempts_check check (attempts >= 0)
);
-- the senders' question: which PENDING deliveries are due now, earliest first
create index usage_meter_outbox_due_idx on usage_meter_outbox (status, next_attempt_at);
