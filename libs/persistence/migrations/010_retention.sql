-- Retention (issue 12, docs/retention.md): message bodies and rule state are kept for a
-- configured time, then purged in small batches by the worker (apps/worker/src/retention).
-- A purged message keeps its row, status, retourcodes, errors, size, sha256 and history; only
-- raw is emptied (octet_length 0, so the NOT NULL of 001 holds and the key rotation skips it).

-- When the body was removed, and the retention in days that removed it (for the 410's text).
ALTER TABLE messages ADD COLUMN body_purged_at timestamptz;
ALTER TABLE messages ADD COLUMN body_retention_days integer CHECK (body_retention_days > 0);
ALTER TABLE messages ADD CONSTRAINT messages_body_purged
  CHECK (body_purged_at IS NULL OR (octet_length(raw) = 0 AND body_retention_days IS NOT NULL));

-- The purge walks bodies still kept, oldest first: rejected ones, the gateway's own messages
-- (retourberichten on rejected ones), and all.
CREATE INDEX messages_rejected_body_kept ON messages (received_at) WHERE status = 'rejected' AND body_purged_at IS NULL;
CREATE INDEX messages_gateway_body_kept ON messages (received_at) WHERE made_by_gateway AND body_purged_at IS NULL;
CREATE INDEX messages_body_kept ON messages (received_at) WHERE body_purged_at IS NULL;

-- Rule state is purged per toewijzing (all its versions, starts and stops at once).
CREATE INDEX start_producten_toewijzing ON start_producten (gemeente, aanbieder, toewijzing_nummer);
CREATE INDEX stop_producten_toewijzing ON stop_producten (gemeente, aanbieder, toewijzing_nummer);
-- The foreign key prestaties.antwoord_id is checked on every deleted declaratie_antwoorden row.
CREATE INDEX prestaties_antwoord ON prestaties (antwoord_id) WHERE antwoord_id IS NOT NULL;
