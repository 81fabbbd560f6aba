-- Expiry reminders for subscriptions that will not renew: one row per reminder sent, so that each
-- goes out once however often the job runs and on however many servers.
create table expiry_reminders (
  subscription_id uuid not null,
  period_end timestamp with time zone not null,
  days_before integer not null,
  sent_at timestamp with time zone not null,
  constraint expiry_reminders_pk primary key (subscription_id, period_end, days_before),
  constraint expiry_reminders_subscription_fk
    foreign key (subscription_id) references subscriptions (id)
);
-- the reminder job: subscriptions canceled at the period end, by the end of their period
create index subscriptions_ending_idx on subscriptions (cancel_at_period_end, current_period_end);
