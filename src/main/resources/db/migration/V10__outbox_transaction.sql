-- The transaction that wrote an event. With track_commit_timestamp on, pg_xact_commit_timestamp() tells when the
-- event's transaction committed: the national-rollout benchmark measures from there to a consumer's receipt
-- (docs/performance.md), and operators can see how long committed events waited for the relay.
alter table outbox_event add column created_xact xid8 not null default pg_current_xact_id();
