-- When each offer was last seen in a payload, and whether it was withdrawn. Kept apart from the offer's terms:
-- a re-post that only moves last_seen_at is one update for the whole payload.
create table offer_lifecycle (
    offer_key    varchar(80) primary key references offer (offer_key) on delete cascade,
    last_seen_at timestamp with time zone not null,
    -- set by DELETE /offers/{id}; cleared when a later post changes the offer's terms
    withdrawn_at timestamp with time zone,
    -- the offer_store version of the write that last changed this row
    revision     bigint not null
);
create index offer_lifecycle_revision_idx on offer_lifecycle (revision);

-- offers stored before: last seen when they last changed
insert into offer_lifecycle (offer_key, last_seen_at, revision)
select offer_key, updated_at, revision from offer;
