create table if not exists course_waitlist (
    course_waitlist_id BIGINT NOT NULL,
    course_id BIGINT,
    student_id BIGINT,
    joined_at timestamp without time zone,
    note character varying(2000)
);

alter table course_waitlist
	add constraint course_waitlist_pkey PRIMARY KEY (course_waitlist_id),
	add constraint fk_course_waitlist_course_id FOREIGN KEY (course_id) REFERENCES course(course_id);

create index in_course_waitlist_course_id on course_waitlist (course_id);
