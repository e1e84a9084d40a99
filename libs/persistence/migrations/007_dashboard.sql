-- The contractteam's monitoring dashboard (apps/gateway/src/dashboard, docs/dashboard.md):
-- people who log in (separate from the parties' API keys), their sessions, and the indexes
-- the dashboard's read queries use. Log-in attempts are audit-logged in audit_log (001), which
-- is also what login throttling counts.

CREATE TABLE dashboard_users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  -- scrypt$N$r$p$<salt base64>$<key base64> (node:crypto scrypt)
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('contractteam', 'gemeente', 'aanbieder', 'admin')),
  -- the CBS code of a gemeente user, the AGB-code of an aanbieder user; null for the others
  party_code    text,
  disabled_at   timestamptz,
  last_login_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'gemeente' AND party_code ~ '^[0-9]{4}$'
      OR role = 'aanbieder' AND party_code ~ '^[0-9]{8}$'
      OR role IN ('contractteam', 'admin') AND party_code IS NULL)
);

CREATE TABLE dashboard_sessions (
  -- sha256 (hex) of the session cookie's value; the value itself is never stored
  id         text PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES dashboard_users (id) ON DELETE CASCADE,
  -- the synchroniser token every POST form of this session carries
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- idle expiry, moved forward on use (DASHBOARD_SESSION_MINUTES); absolute_expires_at caps it
  expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX dashboard_sessions_user ON dashboard_sessions (user_id);
CREATE INDEX dashboard_sessions_expires ON dashboard_sessions (expires_at);

-- Flows and rejects: messages by time of receipt
CREATE INDEX dashboard_messages_received ON messages (received_at);
-- Deadlines: a party's retour found by the heenbericht's Afzender and Identificatie
CREATE INDEX dashboard_messages_retour ON messages (afzender, identificatie) WHERE kind = 'retour';
-- Throttling: recent failed log-ins
CREATE INDEX dashboard_audit_login ON audit_log (action, at) WHERE action = 'dashboard.login';
-- Money: toewijzingen and prestaties per gemeente and period
CREATE INDEX dashboard_prestaties_periode ON prestaties (gemeente, periode_begin);
CREATE INDEX dashboard_toewijzing_current ON toegewezen_product_versions (gemeente, aanbieder, toewijzing_nummer, toewijzingsdatum DESC, toewijzingstijd DESC, id DESC);
-- Deadlines: declaraties still without their 325
CREATE INDEX dashboard_declaraties_open ON declaraties (created_at) WHERE status = 'ingediend';
