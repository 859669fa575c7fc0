DROP VIEW billing.invoice_numbers;
