-- case: file-wide directive, reason written without a colon: the extra words are read as rule ids
-- expect: invalid-directive@4, require-lock-timeout@5, require-concurrent-index@5

-- sluice-ignore-file require-lock-timeout small table
CREATE INDEX currencies_code_idx ON currencies (code);
