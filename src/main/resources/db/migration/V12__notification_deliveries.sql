-- A delivery is recorded before the mail goes out (its Message-ID, how often it went out) and marked sent once the
-- mail server took it; a mail that cannot be delivered says why, for the staff's digest.
alter table notification_delivery alter column sent_at drop not null;
alter table notification_delivery add column message_id varchar(250);
alter table notification_delivery add column sends int not null default 1;
alter table notification_delivery add column first_attempt_at timestamptz;
alter table notification_delivery add column failed_at timestamptz;
alter table notification_delivery add column failure text;
create index notification_delivery_failed on notification_delivery (failed_at) where failed_at is not null;

-- Events whose mail failed for a reason that may pass (the mail server away): retried from here with a doubling
-- wait, while the events after them on the same partition are mailed at once.
create table notification_retry (
    event_id         varchar(200) primary key,
    topic            text         not null,
    kafka_partition  int          not null,
    kafka_offset     bigint       not null,
    message_key      text,
    payload          text         not null,
    attempts         int          not null,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    -- the node working on it (a claim with a lease: next_attempt_at moved ahead while it works)
    claim            uuid,
    created_at       timestamptz  not null
);
create index notification_retry_due on notification_retry (next_attempt_at);
