-- Onderaanneming: a hoofdaannemer delegates products of its toewijzingen to an onderaannemer
-- that the gemeente does not know. The registry of relations, the toewijzingen assigned to
-- onderaannemers when their 301 is accepted, the notifications to the onderaannemer, and its
-- opgaven (starts, stops, prestaties per month) on their way into the hoofdaannemer's WMO305,
-- WMO307 and declaratie. Written by libs/persistence/src/state/onderaanneming.repository.ts.
-- toewijzing_nummer is canonical (as in 002).

-- A relation delegates products of one hoofdaannemer in one gemeente to one onderaannemer for a
-- period. producten: [{"categorie": "02"}] delegates the whole category, [{"categorie": "02",
-- "code": "02A03"}] one product. That no product is delegated by two relations at once is
-- checked by the repository under a lock (an exclusion constraint would need btree_gist,
-- which PGlite lacks).
CREATE TABLE onderaanneming_relaties (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hoofdaannemer      text NOT NULL CHECK (hoofdaannemer ~ '^[0-9]{8}$'),
  onderaannemer      text NOT NULL CHECK (onderaannemer ~ '^[0-9]{8}$'),
  gemeente           text NOT NULL CHECK (gemeente ~ '^[0-9]{4}$'),
  producten          jsonb NOT NULL CHECK (jsonb_typeof(producten) = 'array' AND jsonb_array_length(producten) > 0),
  vanaf              date NOT NULL,
  tot_en_met         date,
  -- the hoofdaannemer approves each opgave before it goes into its messages
  goedkeuring        boolean NOT NULL DEFAULT false,
  created_by         text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (hoofdaannemer <> onderaannemer),
  CHECK (tot_en_met IS NULL OR tot_en_met >= vanaf)
);
CREATE INDEX onderaanneming_relaties_hoofdaannemer ON onderaanneming_relaties (hoofdaannemer, gemeente);
CREATE INDEX onderaanneming_relaties_onderaannemer ON onderaanneming_relaties (onderaannemer);

-- A delegated toegewezen product: made when the 301 is accepted, updated by later versions.
CREATE TABLE onderaanneming_toewijzingen (
  id                bigserial PRIMARY KEY,
  relatie_id        uuid NOT NULL REFERENCES onderaanneming_relaties (id),
  gemeente          text NOT NULL,
  hoofdaannemer     text NOT NULL,
  onderaannemer     text NOT NULL,
  toewijzing_nummer text NOT NULL,
  bsn               text NOT NULL,
  product_categorie text,
  product_code      text,
  ingangsdatum      date NOT NULL,
  einddatum         date,
  -- the latest accepted 301 for it
  message_id        uuid NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente, hoofdaannemer, toewijzing_nummer)
);
CREATE INDEX onderaanneming_toewijzingen_onderaannemer ON onderaanneming_toewijzingen (onderaannemer, gemeente);

-- What the onderaannemer is told: minimal client data only (Bsn, ToewijzingNummer, product, dates,
-- omvang; never name or address). soort: toegewezen, gewijzigd, ingetrokken (RedenWijziging 13).
CREATE TABLE onderaanneming_meldingen (
  id            bigserial PRIMARY KEY,
  toewijzing_id bigint NOT NULL REFERENCES onderaanneming_toewijzingen (id),
  onderaannemer text NOT NULL,
  soort         text NOT NULL CHECK (soort IN ('toegewezen', 'gewijzigd', 'ingetrokken')),
  data          jsonb NOT NULL,
  message_id    uuid NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  acked_at      timestamptz
);
CREATE INDEX onderaanneming_meldingen_open ON onderaanneming_meldingen (onderaannemer, id) WHERE acked_at IS NULL;

-- The hoofdaannemer's merged WMO305/WMO307 (one per client), made from approved opgaven. message_id
-- is set when it was submitted through the gateway on the hoofdaannemer's behalf.
CREATE TABLE onderaanneming_berichten (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hoofdaannemer text NOT NULL,
  gemeente      text NOT NULL,
  soort         text NOT NULL CHECK (soort IN ('WMO305', 'WMO307')),
  identificatie text NOT NULL,
  xml           text NOT NULL,
  status        text NOT NULL DEFAULT 'klaar' CHECK (status IN ('klaar', 'geaccepteerd', 'afgewezen')),
  message_id    uuid,
  retourcodes   text[] NOT NULL DEFAULT '{}',
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hoofdaannemer, soort, identificatie)
);
CREATE INDEX onderaanneming_berichten_hoofdaannemer ON onderaanneming_berichten (hoofdaannemer, created_at);

-- The onderaannemer's opgaven. status: ingediend (waits for the hoofdaannemer's approval),
-- goedgekeurd (approved, or approval is off), afgewezen (by the hoofdaannemer, or the merged
-- message was rejected), in_bericht (in a merged 305/307), gedeclareerd (in a built 323).
CREATE TABLE onderaanneming_opgaven (
  id                bigserial PRIMARY KEY,
  toewijzing_id     bigint NOT NULL REFERENCES onderaanneming_toewijzingen (id),
  relatie_id        uuid NOT NULL REFERENCES onderaanneming_relaties (id),
  gemeente          text NOT NULL,
  hoofdaannemer     text NOT NULL,
  onderaannemer     text NOT NULL,
  toewijzing_nummer text NOT NULL,
  soort             text NOT NULL CHECK (soort IN ('start', 'stop', 'prestatie')),
  -- start: Begindatum; stop: Begindatum of the start; prestatie: first day covered
  begindatum        date NOT NULL,
  -- stop: Einddatum; prestatie: last day covered
  einddatum         date,
  reden_beeindiging text,
  -- prestatie: the month (first day)
  periode           date,
  status            text NOT NULL CHECK (status IN ('ingediend', 'goedgekeurd', 'afgewezen', 'in_bericht', 'gedeclareerd')),
  reden             text,
  beoordeeld_door   text,
  beoordeeld_at     timestamptz,
  bericht_id        uuid REFERENCES onderaanneming_berichten (id),
  build_id          bigint,
  referentie_nummer text,
  ingediend_door    text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (soort <> 'stop' OR (einddatum IS NOT NULL AND reden_beeindiging IS NOT NULL)),
  CHECK (soort <> 'prestatie' OR (einddatum IS NOT NULL AND periode IS NOT NULL))
);
-- one live prestatie per toewijzing and month (a rejected one may be reported again)
CREATE UNIQUE INDEX onderaanneming_opgaven_prestatie ON onderaanneming_opgaven (toewijzing_id, periode)
  WHERE soort = 'prestatie' AND status <> 'afgewezen';
CREATE INDEX onderaanneming_opgaven_hoofdaannemer ON onderaanneming_opgaven (hoofdaannemer, status);
CREATE INDEX onderaanneming_opgaven_onderaannemer ON onderaanneming_opgaven (onderaannemer, id);
