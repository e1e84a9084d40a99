-- The declaratie builder (libs/funding/src/builder): the WMO323s it made for an aanbieder and
-- the lines in them, and the counters that keep DeclaratieNummer, ProductReferentie
-- (ReferentieNummer) and BerichtIdentificatie unique per aanbieder across restarts.
-- Amounts are eurocents. A built declaratie is what the builder proposed; whether the gemeente
-- received and accepted it is in 003 (declaraties.identificatie = declaratie_builds.identificatie).

-- One row per aanbieder and counter; incremented with UPDATE ... RETURNING in the transaction
-- that stores the build, so two builds never share a number and a rollback gives it back.
CREATE TABLE builder_counters (
  aanbieder text NOT NULL,
  soort     text NOT NULL CHECK (soort IN ('declaratie', 'referentie', 'bericht')),
  laatste   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (aanbieder, soort)
);

CREATE TABLE declaratie_builds (
  id                bigserial PRIMARY KEY,
  aanbieder         text NOT NULL,  -- AGB-code of the Afzender (for onderaanneming: the hoofdaannemer)
  gemeente          text NOT NULL,  -- CBS code of the Ontvanger
  periode           date NOT NULL,  -- first day of the calendar month declared
  declaratie_nummer text NOT NULL,
  identificatie     text NOT NULL,  -- BerichtIdentificatie of the built 323
  dagtekening       date NOT NULL,
  totaal_bedrag     bigint NOT NULL,
  totaal_dc         text NOT NULL CHECK (totaal_dc IN ('D', 'C')),
  xml               text NOT NULL,
  -- who asked for it (party code, 'cli', or a user) for the audit trail
  built_by          text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (aanbieder, declaratie_nummer),
  UNIQUE (aanbieder, identificatie)
);
CREATE INDEX declaratie_builds_periode ON declaratie_builds (aanbieder, gemeente, periode);

-- Every Prestatie of a built 323. soort: nieuw (first declaration of the month), credit (reverses
-- an accepted prestatie, VorigReferentieNummer = its ReferentieNummer), debet (the corrected
-- amount after a credit), herindiening (a prestatie the gemeente rejected, declared again).
CREATE TABLE declaratie_build_lines (
  id                         bigserial PRIMARY KEY,
  build_id                   bigint NOT NULL REFERENCES declaratie_builds (id),
  aanbieder                  text NOT NULL,
  gemeente                   text NOT NULL,
  soort                      text NOT NULL CHECK (soort IN ('nieuw', 'credit', 'debet', 'herindiening')),
  referentie_nummer          text NOT NULL,
  vorig_referentie_nummer    text,
  bsn                        text NOT NULL,
  toewijzing_nummer          text NOT NULL,
  product_categorie          text NOT NULL,
  product_code               text NOT NULL,
  periode_begin              date NOT NULL,
  periode_eind               date NOT NULL,
  product_tarief             bigint NOT NULL,
  bedrag                     bigint NOT NULL,
  debet_credit               text NOT NULL CHECK (debet_credit IN ('D', 'C')),
  -- days of the ProductPeriode care was delivered: what a prorated amount was computed on, and what a
  -- later correction of a delegated month recomputes on
  dagen_geleverd             integer,
  -- the onderaannemer that delivered it (its AGB-code), when the product is delegated by the hoofdaannemer (aanbieder)
  onderaannemer              text,
  -- the onderaannemer's reported prestatie this line declares (libs/funding/src/onderaanneming)
  onderaannemer_prestatie_id bigint,
  UNIQUE (aanbieder, referentie_nummer)
);
CREATE INDEX declaratie_build_lines_build ON declaratie_build_lines (build_id);
CREATE INDEX declaratie_build_lines_onderaannemer ON declaratie_build_lines (onderaannemer, gemeente) WHERE onderaannemer IS NOT NULL;
