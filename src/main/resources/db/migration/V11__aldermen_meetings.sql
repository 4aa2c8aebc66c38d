-- Aldermen's meetings (wethoudersbijeenkomsten): the meeting, whom it invites, and who comes.

create table meeting (
    id              uuid          primary key,
    title           varchar(200)  not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    place           varchar(300),
    online_url      varchar(500),
    capacity        integer       not null check (capacity > 0),
    programme       text,
    hosts           varchar(500),
    audience        varchar(20)   not null,
    provinces       text,
    status          varchar(20)   not null,
    -- the calendar's SEQUENCE: raised on every change attendees must see in their calendar
    sequence        integer       not null default 0,
    scheduled_by    varchar(100)  not null,
    scheduled_at    timestamptz   not null,
    cancel_reason   text,
    held_at         timestamptz,
    check (ends_at > starts_at),
    check (place is not null or online_url is not null)
);
create index meeting_upcoming on meeting (starts_at) where status = 'SCHEDULED';

-- One municipality's invitation to one meeting. The link's token is never stored, only its SHA-256.
create table meeting_invitation (
    id                 uuid          primary key,
    meeting_id         uuid          not null references meeting (id),
    municipality_code  varchar(6)    not null,
    onboarding_id      uuid,
    invitee_name       varchar(200)  not null,
    invitee_email      varchar(254)  not null,
    attendee_name      varchar(200)  not null,
    attendee_email     varchar(254)  not null,
    token_hash         char(64)      not null unique,
    status             varchar(20)   not null,
    -- the order of the waiting list: when the registration came in (a promotion keeps it)
    registered_at      timestamptz,
    answered_at        timestamptz,
    decline_reason     text,
    attended           boolean,
    follow_up_kind     varchar(30),
    follow_up_note     text,
    created_at         timestamptz   not null,
    unique (meeting_id, municipality_code)
);
create index meeting_invitation_waitlist on meeting_invitation (meeting_id, registered_at) where status = 'WAITLISTED';

-- Where a municipality without an onboarding is reached: the address staff gave last.
create table meeting_contact (
    municipality_code  varchar(6)    primary key,
    name               varchar(200)  not null,
    email              varchar(254)  not null,
    updated_by         varchar(100)  not null,
    updated_at         timestamptz   not null
);

-- Selected municipalities nobody can be reached at yet (staff add an address in Tasklist or through the API).
create table meeting_unaddressed (
    meeting_id         uuid          not null references meeting (id),
    municipality_code  varchar(6)    not null,
    primary key (meeting_id, municipality_code)
);

-- Journeys whose "invite the alderman to the next aldermen's meeting" step waits for a meeting to be scheduled.
create table meeting_waiting_onboarding (
    onboarding_id      uuid          primary key,
    municipality_code  varchar(6)    not null,
    waiting_since      timestamptz   not null
);

alter table central_onboarding add column meeting_id uuid;
alter table central_onboarding add column alderman_waiting_since timestamptz;

-- The notifications module's memory of meetings and their invitees, from the events only.
create table notification_meeting (
    meeting_id   uuid          primary key,
    title        varchar(200)  not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    place        varchar(300),
    online_url   varchar(500),
    programme    text,
    sequence     integer       not null,
    cancelled    boolean       not null default false
);
create table notification_meeting_invitee (
    invitation_id  uuid          primary key,
    meeting_id     uuid          not null,
    name           varchar(200)  not null,
    email          varchar(254)  not null,
    status         varchar(20)   not null
);
create index notification_meeting_invitee_by_meeting on notification_meeting_invitee (meeting_id);

-- The dashboard's upcoming meetings.
create table dashboard_meeting (
    meeting_id   uuid          primary key,
    title        varchar(200)  not null,
    starts_at    timestamptz   not null,
    place        varchar(500)  not null,
    capacity     integer       not null,
    registered   integer       not null default 0,
    waitlisted   integer       not null default 0,
    invited      integer       not null default 0,
    status       varchar(20)   not null
);
