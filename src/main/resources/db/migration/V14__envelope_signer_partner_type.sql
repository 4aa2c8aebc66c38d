-- The signing module keeps the partner's type on its own signer row (copied when the envelope is made), so that it
-- never reads recruitment's partner table (docs/architecture.md: no module reads another module's tables).
alter table envelope_signer add column partner_type varchar(40);

update envelope_signer s set partner_type = p.partner_type from partner p where p.id = s.partner_id;
