-- The gateway's core: parties and their keys, messages with their status
-- history, deliveries (the outbox) with their attempts, and the audit log.

CREATE TABLE parties (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  role            text NOT NULL CHECK (role IN ('gemeente', 'aanbieder')),
  -- CBS gemeentecode (4 digits) or AGB-code (8 digits): what Afzender and Ontvanger carry
  code            text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}$' OR code ~ '^[0-9]{8}$'),
  name            text NOT NULL,
  delivery_channel text NOT NULL DEFAULT 'mailbox' CHECK (delivery_channel IN ('mailbox', 'webhook')),
  webhook_url     text,
  -- HMAC key for signing webhook calls; it must be readable to sign, so it is not hashed
  webhook_secret  text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'gemeente' AND code ~ '^[0-9]{4}$' OR role = 'aanbieder' AND code ~ '^[0-9]{8}$'),
  CHECK (delivery_channel = 'mailbox' OR (webhook_url IS NOT NULL AND webhook_secret IS NOT NULL))
);

CREATE TABLE api_keys (
  -- the public part of the key ("iwmo_<id>_<secret>"), used to find the row
  id          text PRIMARY KEY,
  party_id    uuid NOT NULL REFERENCES parties (id),
  -- sha256 of the secret part; the secret is 256 random bits, so a fast hash suffices
  secret_hash text NOT NULL,
  label       text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX api_keys_party ON api_keys (party_id);

CREATE TABLE messages (
  id              uuid PRIMARY KEY,
  message_type    text,
  kind            text CHECK (kind IN ('heen', 'retour')),
  -- the party that submitted it; null for retourberichten the gateway made itself
  submitted_by    uuid REFERENCES parties (id),
  -- the party it is routed to
  recipient_id    uuid REFERENCES parties (id),
  afzender        text,
  ontvanger       text,
  identificatie   text,
  dagtekening     date,
  status          text NOT NULL CHECK (status IN ('accepted', 'rejected')),
  retourcodes     text[] NOT NULL DEFAULT '{}',
  errors          jsonb NOT NULL DEFAULT '[]',
  raw             bytea NOT NULL,
  size_bytes      integer NOT NULL,
  sha256          text NOT NULL,
  -- a retourbericht points to the heenbericht it answers, and the heenbericht to its retour
  in_reply_to     uuid REFERENCES messages (id),
  made_by_gateway boolean NOT NULL DEFAULT false,
  received_at     timestamptz NOT NULL DEFAULT now()
);
-- TR056: an Identificatie is unique per Afzender and message type. The index makes a
-- concurrent resubmission fail at commit, so exactly one of two racing copies is accepted.
CREATE UNIQUE INDEX messages_tr056 ON messages (afzender, message_type, identificatie)
  WHERE status = 'accepted' AND NOT made_by_gateway;
CREATE INDEX messages_submitted_by ON messages (submitted_by, received_at);
CREATE INDEX messages_recipient ON messages (recipient_id, received_at);
CREATE INDEX messages_in_reply_to ON messages (in_reply_to);

CREATE TABLE message_events (
  id         bigserial PRIMARY KEY,
  message_id uuid NOT NULL REFERENCES messages (id),
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  event      text NOT NULL,
  detail     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX message_events_message ON message_events (message_id, id);

CREATE TABLE deliveries (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id   uuid NOT NULL REFERENCES messages (id),
  party_id     uuid NOT NULL REFERENCES parties (id),
  channel      text NOT NULL CHECK (channel IN ('mailbox', 'webhook')),
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'acked', 'dead')),
  attempts     integer NOT NULL DEFAULT 0,
  -- last time the outbox relay handed it to the queue (null: not yet)
  enqueued_at  timestamptz,
  delivered_at timestamptz,
  acked_at     timestamptz,
  last_error   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (message_id, party_id)
);
CREATE INDEX deliveries_pending ON deliveries (channel, enqueued_at) WHERE status = 'pending';
CREATE INDEX deliveries_party ON deliveries (party_id, status, created_at);

CREATE TABLE delivery_attempts (
  id          bigserial PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES deliveries (id),
  attempt     integer NOT NULL,
  at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  outcome     text NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
  http_status integer,
  error       text,
  duration_ms integer
);
CREATE INDEX delivery_attempts_delivery ON delivery_attempts (delivery_id, id);

CREATE TABLE audit_log (
  id       bigserial PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- the authenticated party, or null (unknown key, admin)
  party_id uuid REFERENCES parties (id),
  actor    text NOT NULL,
  action   text NOT NULL,
  outcome  text NOT NULL CHECK (outcome IN ('allowed', 'refused')),
  reason   text,
  detail   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
