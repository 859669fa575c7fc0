-- case: Flyway V2 on the baseline: FK covered by the baseline's index, new check on a pre-existing table
-- expect: require-lock-timeout@5, constraint-without-not-valid@6
-- tool: flyway

ALTER TABLE addresses ADD CONSTRAINT addresses_country_code_fkey2 FOREIGN KEY (country_code) REFERENCES countries (code) NOT VALID;
ALTER TABLE addresses ADD CONSTRAINT addresses_line1_len CHECK (length(line1) < 500);
