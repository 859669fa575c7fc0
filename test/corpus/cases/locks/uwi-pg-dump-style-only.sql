-- case: primary key copied from structure.sql (ALTER TABLE ONLY ... ADD CONSTRAINT ... PRIMARY KEY)
-- expect: unique-without-index@4, require-lock-timeout@4

ALTER TABLE ONLY public.audit_trail
    ADD CONSTRAINT audit_trail_pkey PRIMARY KEY (id);
