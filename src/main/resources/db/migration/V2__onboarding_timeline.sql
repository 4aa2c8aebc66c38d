-- What happened in a municipality's journey, for the read API's timeline and for staff.
create table onboarding_timeline (
    id             bigint generated always as identity primary key,
    onboarding_id  uuid         not null references onboarding (id),
    occurred_at    timestamptz  not null,
    kind           varchar(60)  not null,
    summary        text         not null,
    actor          varchar(100) not null
);
create index onboarding_timeline_by_onboarding on onboarding_timeline (onboarding_id, id);
