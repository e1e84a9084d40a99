-- Declaratie state: accepted declaraties (WMO323) with their prestaties, and the
-- declaratie-antwoorden (WMO325) matched to them. The cross-message declaratie rules
-- read it (libs/persistence/src/state/declaratie-state.repository.ts); the H4
-- contractteam's monitoring of gedeclareerd and toegekend can too.
-- Amounts are eurocents, volumes whole numbers (XSD: at most 8 digits each).
--
-- message_id is the messages.id of the accepted message. As in 002 it has no foreign key:
-- the state is a projection of the messages and may be built by replaying messages this
-- database does not hold.

CREATE TABLE declaraties (
  id                bigserial PRIMARY KEY,
  -- the accepted 323
  message_id        uuid NOT NULL UNIQUE,
  aanbieder         text NOT NULL,  -- Afzender, AGB-code
  gemeente          text NOT NULL,  -- Ontvanger, CBS code
  identificatie     text NOT NULL,  -- BerichtIdentificatie: what the 325's DeclaratieIdentificatie repeats
  dagtekening       date NOT NULL,
  declaratie_nummer text NOT NULL,
  periode_begin     date NOT NULL,  -- DeclaratiePeriode, a calendar month
  periode_eind      date NOT NULL,
  totaal_bedrag     bigint NOT NULL,
  totaal_dc         text NOT NULL CHECK (totaal_dc IN ('D', 'C')),
  -- ingediend: no 325 yet; beantwoord: a 325 judged the prestaties one by one;
  -- afgewezen: a 325 rejected it as a whole, so it counts as never sent (IV087)
  status            text NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'beantwoord', 'afgewezen')),
  retourcodes       text[] NOT NULL DEFAULT '{}',
  created_at        timestamptz NOT NULL DEFAULT now()
);
-- TR333 (DeclaratieNummer unique per aanbieder); not a unique index: a number may come back after a rejection as a whole
CREATE INDEX declaraties_nummer ON declaraties (aanbieder, declaratie_nummer);
-- TR318 (the latest DeclaratiePeriode per aanbieder and gemeente)
CREATE INDEX declaraties_periode ON declaraties (aanbieder, gemeente, periode_begin);
-- matching a 325 on DeclaratieIdentificatie
CREATE INDEX declaraties_identificatie ON declaraties (aanbieder, gemeente, identificatie);

CREATE TABLE declaratie_antwoorden (
  id                       bigserial PRIMARY KEY,
  -- the accepted 325
  message_id               uuid NOT NULL UNIQUE,
  -- the 323 it answers; null when the gateway does not have it, or when the 325
  -- answers a second copy of a 323 that reused its Identificatie (9056)
  declaratie_id            bigint REFERENCES declaraties (id),
  gemeente                 text NOT NULL,  -- Afzender
  aanbieder                text NOT NULL,  -- Ontvanger
  identificatie            text NOT NULL,
  dagtekening              date NOT NULL,
  declaratie_identificatie text NOT NULL,
  declaratie_dagtekening   date NOT NULL,
  -- null when the Header was rejected (no DeclaratieAntwoord)
  declaratie_nummer        text,
  header_retourcodes       text[] NOT NULL,
  declaratie_retourcodes   text[] NOT NULL DEFAULT '{}',
  totaal_ingediend         bigint,
  totaal_ingediend_dc      text CHECK (totaal_ingediend_dc IN ('D', 'C')),
  totaal_toegekend         bigint,
  totaal_toegekend_dc      text CHECK (totaal_toegekend_dc IN ('D', 'C')),
  afgewezen_prestaties     integer NOT NULL DEFAULT 0,
  created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX declaratie_antwoorden_declaratie ON declaratie_antwoorden (declaratie_id);

CREATE TABLE prestaties (
  id                      bigserial PRIMARY KEY,
  declaratie_id           bigint NOT NULL REFERENCES declaraties (id),
  -- copied from the declaratie for the lookups
  aanbieder               text NOT NULL,
  gemeente                text NOT NULL,
  -- 1-based position in the 323: Client[client_positie]/Prestaties/Prestatie[prestatie_positie]
  client_positie          integer NOT NULL,
  prestatie_positie       integer NOT NULL,
  bsn                     text NOT NULL,
  referentie_nummer       text NOT NULL,
  vorig_referentie_nummer text,
  -- canonical xs:integer form ('0260101' is kept as '260101')
  toewijzing_nummer       text NOT NULL,
  product_categorie       text NOT NULL,
  product_code            text NOT NULL,
  periode_begin           date NOT NULL,
  periode_eind            date NOT NULL,
  geleverd_volume         bigint NOT NULL,
  eenheid                 text NOT NULL,
  product_tarief          bigint,
  bedrag                  bigint NOT NULL,
  debet_credit            text NOT NULL CHECK (debet_credit IN ('D', 'C')),
  -- ingediend: no 325 yet; toegekend: not listed in the 325; afgewezen: listed in the
  -- 325, or rejected by the gateway on arrival (with the gateway's retourcodes)
  status                  text NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'toegekend', 'afgewezen')),
  retourcodes             text[] NOT NULL DEFAULT '{}',
  -- the 325 that decided the status
  antwoord_id             bigint REFERENCES declaratie_antwoorden (id),
  UNIQUE (declaratie_id, client_positie, prestatie_positie)
);
-- TR314, TR323 (by ReferentieNummer); not unique: a prestatie rejected for reusing one is kept too
CREATE INDEX prestaties_referentie ON prestaties (aanbieder, referentie_nummer);
-- TR389, TR390 (credits of a debet)
CREATE INDEX prestaties_vorig ON prestaties (aanbieder, vorig_referentie_nummer) WHERE vorig_referentie_nummer IS NOT NULL;
-- TR322, TR369, TR385, TR389 (per toegewezen product)
CREATE INDEX prestaties_toewijzing ON prestaties (gemeente, aanbieder, toewijzing_nummer, periode_begin);
-- marking a 325's outcome
CREATE INDEX prestaties_declaratie ON prestaties (declaratie_id, referentie_nummer);
