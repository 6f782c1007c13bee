-- private.pinyin_phrase, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Created or altered in: 0013_picklists_pinyin.sql

create table private.pinyin_phrase (
    phrase text not null,
    head text generated always as ("left"(phrase, 1)) stored,
    syllables text not null,
    usage text not null,
    constraint pinyin_phrase_pkey PRIMARY KEY (phrase),
    constraint pinyin_phrase_phrase_check CHECK (phrase <> ''::text),
    constraint pinyin_phrase_syllables_check CHECK (syllables ~ '^[a-z]+[1-5]( [a-z]+[1-5])*$'::text),
    constraint pinyin_phrase_usage_check CHECK (usage = ANY (ARRAY['surname'::text, 'place'::text, 'word'::text]))
);
alter table private.pinyin_phrase owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

CREATE INDEX pinyin_phrase_head_idx ON private.pinyin_phrase USING btree (head);

alter table private.pinyin_phrase enable row level security;
alter table private.pinyin_phrase force row level security;
