-- How a coalition agreement was signed. The paper path: staff record a signing that happened on paper or at a
-- meeting, with its scan.
create table signing (
    onboarding_id   uuid         primary key references onboarding (id),
    method          varchar(20)  not null,
    status          varchar(20)  not null,
    started_at      timestamptz  not null,
    signed_on       date,
    place           varchar(200),
    signed_by       text,
    scan            bytea,
    scan_filename   varchar(200),
    scan_sha256     char(64),
    recorded_by     varchar(100),
    recorded_at     timestamptz
);
