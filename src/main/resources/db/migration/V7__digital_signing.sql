-- Digital signing of the coalition agreement: envelopes (one per version of the document), their signers, and the
-- tamper-evident audit trail.

-- The person who signs for an accepted partner may have an address of their own.
alter table invitation add column signer_email varchar(254);

create table envelope (
    id                  uuid         primary key,
    onboarding_id       uuid         not null references onboarding (id),
    version             int          not null,
    status              varchar(20)  not null,
    routing             varchar(20)  not null,
    document            bytea        not null,
    document_sha256     char(64)     not null,
    created_at          timestamptz  not null,
    expires_at          timestamptz  not null,
    closed_at           timestamptz,
    closed_reason       text,
    sealed_document     bytea,
    sealed_sha256       char(64),
    sealed_at           timestamptz,
    -- the trail's last entry: deleting entries at its end is seen too
    audit_count         int          not null default 0,
    audit_head          char(64)     not null default '0000000000000000000000000000000000000000000000000000000000000000',
    unique (onboarding_id, version)
);
create index envelope_open on envelope (onboarding_id) where status in ('OPEN', 'EXPIRED', 'VOIDED');

create table envelope_signer (
    id                  uuid         primary key,
    envelope_id         uuid         not null references envelope (id),
    position            int          not null,
    routing_order       int          not null,
    role                varchar(20)  not null,
    name                varchar(200) not null,
    title               varchar(200) not null,
    organisation        varchar(200) not null,
    email               varchar(254) not null,
    partner_id          uuid         references partner (id),
    status              varchar(20)  not null,
    token_hash          char(64)     unique,
    token_expires_at    timestamptz,
    sent_at             timestamptz,
    code_hash           char(64),
    code_expires_at     timestamptz,
    code_attempts       int          not null default 0,
    code_sent_at        timestamptz,
    code_sends          int          not null default 0,
    signed_name         varchar(200),
    signed_at           timestamptz,
    signed_ip           varchar(64),
    signed_user_agent   varchar(500),
    declined_at         timestamptz,
    decline_reason      text,
    reminded_at         timestamptz
);
create index envelope_signer_by_envelope on envelope_signer (envelope_id);

-- Append-only. Each entry's hash covers its canonical content and the previous entry's hash.
create table signing_audit (
    envelope_id         uuid         not null references envelope (id),
    seq                 int          not null,
    occurred_at         timestamptz  not null,
    action              varchar(30)  not null,
    actor               varchar(300) not null,
    ip_address          varchar(64),
    user_agent          varchar(500),
    verification        varchar(40)  not null,
    document_sha256     char(64)     not null,
    details             text,
    previous_hash       char(64)     not null,
    entry_hash          char(64)     not null,
    primary key (envelope_id, seq)
);
