-- Monitoring of a returned household: one follow-up per case (opened on arrival), its visits at
-- about 3, 6 and 12 months, and the survey answers and scores of each visit done.
create table reintegration_follow_up (
    case_id         uuid primary key,
    case_number     text not null,
    mission_code    text not null,          -- the host mission that held the case
    destination     text not null,          -- the country of origin, whose mission follows up
    receiving       text not null,          -- the mission that confirmed the arrival
    arrived_on      date not null,
    sex             text,
    nationality     text,
    follow_further  boolean not null default false,
    completed_at    timestamptz,
    completion_note text
);

create table reintegration_visit (
    id              bigserial primary key,
    case_id         uuid not null references reintegration_follow_up (case_id),
    number          int not null,
    months          int not null,
    due_on          date not null,
    officer         text,
    mode            text check (mode in ('IN_PERSON', 'PHONE')),
    activity        text,
    done_on         date,
    notes           text,
    recorded_by     text,
    recorded_at     timestamptz,
    survey_version  text references reintegration_survey_table (version),
    economic        numeric(5, 4),
    social          numeric(5, 4),
    psychosocial    numeric(5, 4),
    composite       numeric(5, 4),
    incomplete      text,
    unique (case_id, number)
);

create index reintegration_visit_due on reintegration_visit (due_on) where done_on is null;

create table reintegration_visit_answer (
    visit_id     bigint not null references reintegration_visit (id),
    indicator_id text not null,
    answer_id    text not null,
    primary key (visit_id, indicator_id)
);
