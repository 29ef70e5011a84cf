-- Wakes the outbox relay when outbox rows commit: one NOTIFY per inserting statement (a 100,000-row batch insert
-- notifies once), delivered by PostgreSQL only when the transaction commits and never for a rollback.
-- Repeatable (R__): applied after the versioned migrations of every service, on new and existing databases alike.
-- The relay LISTENs on a dedicated connection and still polls now and then, so a lost notification only delays.
create or replace function platform_outbox_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('platform_outbox', '');
    return null;
end;
$$;

drop trigger if exists outbox_event_committed on outbox_event;
create trigger outbox_event_committed
    after insert on outbox_event
    for each statement
execute function platform_outbox_notify();
