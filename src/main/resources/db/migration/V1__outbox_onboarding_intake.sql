-- The project's own tables. Camunda's ACT_* tables are created and upgraded by Camunda (see README).

-- Transactional outbox: every domain event, written in the transaction that caused it, published by the relay.
create table outbox_event (
    position      bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    event_type    text        not null,
    topic         text        not null,
    message_key   text        not null,
    payload       text        not null,
    created_at    timestamptz not null default clock_timestamp(),
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_unpublished on outbox_event (position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Wakes the relay when a transaction that wrote events commits (NOTIFY is delivered at commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- A municipality's journey from intent to joined; at most one open journey per municipality.
create table onboarding (
    id                 uuid        primary key,
    municipality_code  varchar(6)  not null,
    stage              varchar(40) not null,
    started_at         timestamptz not null,
    closed_at          timestamptz
);
create unique index onboarding_one_open_per_municipality on onboarding (municipality_code) where closed_at is null;

-- The intent a municipality declared, the first step of its journey.
create table intent (
    onboarding_id          uuid         primary key references onboarding (id),
    municipality_code      varchar(6)   not null,
    alderman_name          varchar(200) not null,
    alderman_email         varchar(254) not null,
    contact_name           varchar(200) not null,
    contact_email          varchar(254) not null,
    contact_phone          varchar(40),
    in_college_programme   boolean      not null,
    motivation             text         not null,
    channel                varchar(20)  not null,
    registered_by          varchar(100) not null,
    registered_at          timestamptz  not null
);

-- Requests made safe to retry: an API client's Idempotency-Key, or a Kafka command's id.
create table intake_request (
    request_key    varchar(300) primary key,
    fingerprint    char(64)     not null,
    onboarding_id  uuid references onboarding (id),
    received_at    timestamptz  not null default now()
);
