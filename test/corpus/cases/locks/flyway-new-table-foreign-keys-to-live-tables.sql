-- case: constraints on a table this migration creates cost nothing, but its foreign keys lock the live tables they
-- case: reference (ShareRowExclusiveLock) and have no index; the foreign key then added to the live
-- case: referral_history table scans it while those locks are held.
-- tool: flyway
-- expect: foreign-key-without-index@20, require-lock-timeout@20, constraint-without-not-valid@28
-- expect: foreign-key-without-index@28, lock-held-during-slow-operation@28
create table if not exists referral_hold (
    hold_id bigint not null,
    patient_id bigint,
    clinic_id bigint,
    expires_at timestamp without time zone,
    note varchar(2000)
);

alter table referral_hold
    drop constraint if exists referral_hold_pkey,
    drop constraint if exists fk_referral_hold_patient,
    drop constraint if exists fk_referral_hold_clinic;

alter table referral_hold
    add constraint referral_hold_pkey primary key (hold_id),
    add constraint fk_referral_hold_patient foreign key (patient_id) references patient (patient_id),
    add constraint fk_referral_hold_clinic foreign key (clinic_id) references clinic (clinic_id);

create index referral_hold_expiry on referral_hold (extract(epoch from expires_at));

alter table referral_history add column if not exists clinic_id bigint;
alter table referral_history add constraint fk_referral_history_clinic foreign key (clinic_id) references clinic (clinic_id);
