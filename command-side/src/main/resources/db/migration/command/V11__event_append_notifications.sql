-- Tells readers in other processes (the query side listens) that events were committed, so they read them at
-- once instead of at their next poll. NOTIFY is delivered at commit, never for a rolled-back append, and
-- PostgreSQL folds identical notifications of one transaction into one: one wake-up per append transaction.
CREATE FUNCTION event_store.notify_event_appended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('orderdesk_event_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_notify_appended
    AFTER INSERT ON event_store.domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION event_store.notify_event_appended();
