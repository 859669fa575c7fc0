-- case: the domain was created through the path (so it is crm.email); used qualified here: a constrained domain rewrites
-- tool: plain
-- expect: require-lock-timeout@5, add-column-rewrite@5

ALTER TABLE crm.contacts ADD COLUMN email crm.email;
