DROP TABLE account_imports;
DROP TABLE accounts;
