-- case: SET search_path then a domain column via the qualified name, control case
-- expect: require-lock-timeout@6, add-column-rewrite@6
-- tool: plain

SET search_path TO crm;
ALTER TABLE contacts ADD COLUMN alt_email crm.email;
