-- Toewijzing state: what accepted 301, 305, 307, 315, 317 and 319 messages established, per
-- gemeente (CBS code) and aanbieder (AGB-code), for the cross-message rules (libs/rules,
-- ToewijzingStateView). Written by ToewijzingStateRepository.apply in the transaction that accepts
-- the message; read by its load with one query per table for a whole message.
--
-- message_id is the messages.id of the accepted message that established the row. It has no
-- foreign key: the state is a projection of the messages, and may be built by replaying messages
-- that this database does not hold.
-- toewijzing_nummer is kept in its canonical integer form (0260101 and 260101 are one xs:integer).
-- Dates are date; Toewijzingstijd is text in its xs:time form (HH:MM:SS[.fff], no zone), which
-- orders correctly as text.

-- Every ToegewezenProduct of an accepted 301 is a version. The current version of a toewijzing is
-- the latest by Toewijzingsdatum and Toewijzingstijd (OP033x1, IV013), on a tie the later arrival (id).
-- RedenWijziging 13 (verwijderd) in the current version withdraws the toewijzing.
CREATE TABLE toegewezen_product_versions (
  id                   bigserial PRIMARY KEY,
  gemeente             text NOT NULL,
  aanbieder            text NOT NULL,
  bsn                  text NOT NULL,
  toewijzing_nummer    text NOT NULL,
  referentie_aanbieder text,
  product_categorie    text,
  product_code         text,
  toewijzingsdatum     date NOT NULL,
  toewijzingstijd      text NOT NULL,
  ingangsdatum         date NOT NULL,
  einddatum            date,
  reden_wijziging      text,
  volume               text,
  eenheid              text,
  frequentie           text,
  budget               text,
  message_id           uuid NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now()
);
-- by number within the gemeente (TR332 looks across aanbieders; the declaratie rules per prestatie)
CREATE INDEX toegewezen_product_versions_nummer ON toegewezen_product_versions (gemeente, toewijzing_nummer, aanbieder);
-- all toewijzingen of a client (TR349)
CREATE INDEX toegewezen_product_versions_client ON toegewezen_product_versions (gemeente, aanbieder, bsn);
-- the toewijzing that honoured a verzoek (TR359)
CREATE INDEX toegewezen_product_versions_referentie ON toegewezen_product_versions (gemeente, aanbieder, referentie_aanbieder)
  WHERE referentie_aanbieder IS NOT NULL;

-- StartProducten of accepted 305s with StatusAanlevering 1. A later StatusAanlevering 3 with the
-- same key (Bsn, ToewijzingNummer, Product, Begindatum) sets removed_by: the start then counts as
-- never sent (OP033) and the rules no longer see it.
CREATE TABLE start_producten (
  id                      bigserial PRIMARY KEY,
  gemeente                text NOT NULL,
  aanbieder               text NOT NULL,
  bsn                     text NOT NULL,
  -- null in the taakgericht variant
  toewijzing_nummer       text,
  product_categorie       text,
  product_code            text,
  toewijzing_ingangsdatum date,
  begindatum              date NOT NULL,
  message_id              uuid NOT NULL,
  removed_by              uuid,
  created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX start_producten_client ON start_producten (gemeente, aanbieder, bsn) WHERE removed_by IS NULL;

-- StopProducten of accepted 307s, as start_producten; their key adds RedenBeeindiging and Einddatum.
CREATE TABLE stop_producten (
  id                      bigserial PRIMARY KEY,
  gemeente                text NOT NULL,
  aanbieder               text NOT NULL,
  bsn                     text NOT NULL,
  toewijzing_nummer       text,
  product_categorie       text,
  product_code            text,
  toewijzing_ingangsdatum date,
  begindatum              date NOT NULL,
  reden_beeindiging       text NOT NULL,
  einddatum               date NOT NULL,
  message_id              uuid NOT NULL,
  removed_by              uuid,
  created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stop_producten_client ON stop_producten (gemeente, aanbieder, bsn) WHERE removed_by IS NULL;

-- Verzoeken: each AangevraagdProduct of a 315 (its own ReferentieAanbieder) and the Verzoek of a
-- 317. Onderhanden (TR374) until a 301 carries the ReferentieAanbieder or a 319 rejects it.
CREATE TABLE verzoeken (
  id                     bigserial PRIMARY KEY,
  soort                  text NOT NULL CHECK (soort IN ('WMO315', 'WMO317')),
  gemeente               text NOT NULL,
  aanbieder              text NOT NULL,
  bsn                    text NOT NULL,
  referentie_aanbieder   text NOT NULL,
  dagtekening            date NOT NULL,
  message_id             uuid NOT NULL,
  afgehandeld_door       text CHECK (afgehandeld_door IN ('WMO301', 'WMO319')),
  afgehandeld_message_id uuid,
  created_at             timestamptz NOT NULL DEFAULT now(),
  CHECK ((afgehandeld_door IS NULL) = (afgehandeld_message_id IS NULL))
);
-- ReferentieAanbieder is unique per aanbieder across gemeenten (TR347)
CREATE INDEX verzoeken_referentie ON verzoeken (aanbieder, referentie_aanbieder);
CREATE INDEX verzoeken_client ON verzoeken (gemeente, aanbieder, bsn);

-- Antwoordberichten (319) on verzoeken.
CREATE TABLE antwoorden (
  id                      bigserial PRIMARY KEY,
  gemeente                text NOT NULL,
  aanbieder               text NOT NULL,
  referentie_aanbieder    text NOT NULL,
  verzoek_antwoord        text NOT NULL,
  reden_afwijzing_verzoek text,
  dagtekening             date NOT NULL,
  message_id              uuid NOT NULL,
  created_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX antwoorden_referentie ON antwoorden (gemeente, aanbieder, referentie_aanbieder);
