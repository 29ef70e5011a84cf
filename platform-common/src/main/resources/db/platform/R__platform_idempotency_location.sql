-- The Location of a command's first response (a 201's new resource), so that a replay with the same Idempotency-Key
-- answers with it too. Repeatable and idempotent, so that it never has to be ordered among a service's own versioned
-- migrations.
alter table idempotency_key add column if not exists location text;
