-- The national dashboard's read model. Fed only by the events topic (consumer group coalition-dashboard); it can be
-- rebuilt from the topic: empty these tables and read the topic from the beginning.

-- Each event is applied once: a redelivered event finds its id here and changes nothing.
create table dashboard_applied_event (
    event_id     varchar(200) primary key,
    applied_at   timestamptz  not null
);

create table dashboard_onboarding (
    onboarding_id      uuid         primary key,
    municipality_code  varchar(6)   not null,
    stage              varchar(30)  not null,
    stage_since        timestamptz  not null,
    started_at         timestamptz  not null
);
create index dashboard_onboarding_by_municipality on dashboard_onboarding (municipality_code, started_at desc);

-- How long onboardings stayed in each stage (left_at empty: still there).
create table dashboard_stage_visit (
    onboarding_id  uuid         not null,
    stage          varchar(30)  not null,
    entered_at     timestamptz  not null,
    left_at        timestamptz,
    primary key (onboarding_id, stage, entered_at)
);

create table dashboard_partner (
    partner_id         uuid         primary key,
    municipality_code  varchar(6)   not null,
    partner_type       varchar(30)  not null,
    status             varchar(20)  not null
);

create table dashboard_signature (
    event_id   varchar(200) primary key,
    kind       varchar(20)  not null,
    signed_at  timestamptz  not null
);

create table dashboard_milestone (
    event_id           varchar(200) primary key,
    occurred_at        timestamptz  not null,
    municipality_code  varchar(6)   not null,
    text               varchar(300) not null
);
create index dashboard_milestone_recent on dashboard_milestone (occurred_at desc);
