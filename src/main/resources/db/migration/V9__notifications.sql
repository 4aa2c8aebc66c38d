-- Notifications are sent from events by the notifications module, which keeps its own state here.

-- Secrets a link or a code needs, handed from the module that made them to the notifications module without ever
-- being in an event: the event carries the hand-over's id. Taken (deleted) when the mail is sent; kept at most until
-- it expires.
create table secret_handover (
    id          uuid         primary key,
    purpose     varchar(40)  not null,
    secret      text         not null,
    expires_at  timestamptz  not null,
    created_at  timestamptz  not null
);
create index secret_handover_expiry on secret_handover (expires_at);

-- Whom to write about an onboarding, learned from the events.
create table notification_onboarding (
    onboarding_id      uuid         primary key,
    municipality_code  varchar(6)   not null,
    municipality_name  varchar(200) not null,
    alderman_name      varchar(200) not null,
    alderman_email     varchar(254) not null,
    contact_name       varchar(200) not null,
    contact_email      varchar(254) not null
);

create table notification_partner (
    partner_id     uuid         primary key,
    onboarding_id  uuid         not null,
    organisation   varchar(200) not null,
    contact_name   varchar(200) not null,
    contact_email  varchar(254) not null
);

create table notification_signer (
    signer_id      uuid         primary key,
    envelope_id    uuid         not null,
    onboarding_id  uuid         not null,
    name           varchar(200) not null,
    email          varchar(254) not null
);
create index notification_signer_by_envelope on notification_signer (envelope_id);

-- What was sent: an event is mailed to a recipient once, however often it is delivered.
create table notification_delivery (
    event_id   varchar(200) not null,
    recipient  varchar(254) not null,
    template   varchar(60)  not null,
    sent_at    timestamptz  not null,
    primary key (event_id, recipient)
);

-- The staff's daily digest is sent once a day, whichever node gets there first.
create table notification_digest (
    day      date         primary key,
    sent_at  timestamptz  not null,
    tasks    int          not null
);
