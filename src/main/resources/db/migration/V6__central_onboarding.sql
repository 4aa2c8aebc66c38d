-- Onboarding with the programme's central team, after the agreement is signed.
create table central_onboarding (
    onboarding_id           uuid         primary key references onboarding (id),
    adviser                 varchar(200),
    kickoff_on              date,
    kickoff_place           varchar(200),
    local_plan              bytea,
    local_plan_filename     varchar(200),
    local_plan_sha256       char(64),
    local_plan_received_at  timestamptz,
    local_plan_received_by  varchar(100),
    meeting_on              date,
    meeting_place           varchar(200),
    alderman_invited_at     timestamptz,
    completed_at            timestamptz
);
