-- A partner's invitation: its link's token is never stored, only the token's SHA-256.
create table invitation (
    id              uuid         primary key,
    partner_id      uuid         not null references partner (id),
    onboarding_id   uuid         not null references onboarding (id),
    token_hash      char(64)     not null unique,
    status          varchar(20)  not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    answered_at     timestamptz,
    signer_name     varchar(200),
    signer_role     varchar(200),
    reason          text
);
create index invitation_by_partner on invitation (partner_id);
