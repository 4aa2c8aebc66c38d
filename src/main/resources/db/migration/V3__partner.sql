-- Local partners a municipality proposes for its coalition.
create table partner (
    id                 uuid         primary key,
    onboarding_id      uuid         not null references onboarding (id),
    organisation_name  varchar(200) not null,
    partner_type       varchar(30)  not null,
    kvk_number         char(8),
    contact_name       varchar(200) not null,
    contact_email      varchar(254) not null,
    status             varchar(20)  not null,
    proposed_by        varchar(100) not null,
    proposed_at        timestamptz  not null
);
create index partner_by_onboarding on partner (onboarding_id);
-- one proposal per organisation per onboarding, by name and, where given, by KvK number
create unique index partner_unique_name on partner (onboarding_id, lower(organisation_name));
create unique index partner_unique_kvk on partner (onboarding_id, kvk_number) where kvk_number is not null;
