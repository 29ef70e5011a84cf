-- Indexes of the retention purge (platform.retention.*): it deletes inbox and Idempotency-Key rows by age, an
-- hour's worth at a time. Repeatable and idempotent, so that it never has to be ordered among a service's own
-- versioned migrations.
create index if not exists inbox_event_processed_at on inbox_event (processed_at);
create index if not exists idempotency_key_created_at on idempotency_key (created_at);
