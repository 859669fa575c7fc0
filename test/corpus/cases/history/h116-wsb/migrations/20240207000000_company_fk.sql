-- case: FK on company_id after search_path; the dump's partial index starts with company_id
-- expect: require-lock-timeout@6
-- tool: plain

SET search_path = crm;
ALTER TABLE contacts ADD CONSTRAINT contacts_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies (id) NOT VALID;
