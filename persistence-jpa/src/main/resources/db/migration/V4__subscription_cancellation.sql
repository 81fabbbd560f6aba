-- A customer cancels at the end of the period, as with Stripe's cancel_at_period_end: the
-- subscription stays as it is until then, marked, with the time of the cancellation.
alter table subscriptions add column cancel_at_period_end boolean default false not null;
alter table subscriptions add column canceled_at timestamp with time zone;
