-- A dead letter's cause keeps the failure's own type and whole message (ProcessingConfiguration's policy): the
-- message of a failed statement names the statement, which can be longer than Axon's 1,023-character default.
ALTER TABLE query_side.dead_letter_entry ALTER COLUMN cause_message TYPE TEXT;
