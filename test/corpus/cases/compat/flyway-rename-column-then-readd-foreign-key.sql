-- case: a column renamed on one live table, then another live table's foreign key dropped and added back without
-- case: NOT VALID: the new key scans appointments while the rename's AccessExclusiveLock is still held.
-- tool: flyway
-- expect: rename-column@5, require-lock-timeout@5, constraint-without-not-valid@9, lock-held-during-slow-operation@9
alter table clinic_rooms rename column clinicid to clinic_id;

alter table appointments drop constraint fk_appointments_doctor;

alter table appointments
    add constraint fk_appointments_doctor foreign key (doctor_id)
    references doctors (id);
