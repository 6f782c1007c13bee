-- private.pinyin, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0003_pinyin.sql

create table private.pinyin (
    ch text collate "C" not null,
    syllable text collate "C" not null,
    constraint pinyin_pkey PRIMARY KEY (ch),
    constraint pinyin_syllable_check CHECK (syllable ~ '^[a-z]+[1-5]$'::text)
);
alter table private.pinyin owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

alter table private.pinyin enable row level security;
alter table private.pinyin force row level security;
