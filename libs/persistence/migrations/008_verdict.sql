-- The gateway's verdict travels with the message (issue 11):
-- retourberichten bound to the heenbericht they answer, who rejected a prestatie,
-- the 323's XsdVersie for TR371, and a mailbox item that was fetched.

-- A mailbox delivery whose XML the receiver has read is 'fetched' until it is acknowledged.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
  CHECK (status IN ('pending', 'fetched', 'delivered', 'acked', 'dead'));

-- Who rejected an afgewezen prestatie: the gateway on arrival, or the gemeente in its 325.
-- Money counts neither as gedeclareerd; the contractteam sees them apart.
ALTER TABLE prestaties ADD COLUMN afgewezen_door text CHECK (afgewezen_door IN ('gateway', 'gemeente'));
UPDATE prestaties SET afgewezen_door = CASE WHEN antwoord_id IS NULL THEN 'gateway' ELSE 'gemeente' END
 WHERE status = 'afgewezen';
ALTER TABLE prestaties ADD CONSTRAINT prestaties_afgewezen_door
  CHECK ((status = 'afgewezen') = (afgewezen_door IS NOT NULL));

-- TR371: a 325's XsdVersieDeclaratie is the XsdVersie of the 323 it answers (null for rows from before).
ALTER TABLE declaraties ADD COLUMN basisschema_xsd_versie text, ADD COLUMN bericht_xsd_versie text;

-- A retourbericht a party sent points to the heenbericht it answers (in_reply_to), as the
-- gateway's own retourberichten always did. Rows from before: the 302 ... 320 copy their
-- heenbericht's header, a 325 was matched to its 323 in declaratie_antwoorden.
UPDATE messages r SET in_reply_to = h.id
  FROM messages h
 WHERE r.kind = 'retour' AND r.status = 'accepted' AND NOT r.made_by_gateway AND r.in_reply_to IS NULL
   AND r.message_type IN ('WMO302', 'WMO306', 'WMO308', 'WMO316', 'WMO318', 'WMO320')
   AND h.kind = 'heen' AND h.status = 'accepted' AND NOT h.made_by_gateway
   AND h.message_type = 'WMO' || (substring(r.message_type FROM 4)::int - 1)::text
   AND h.afzender = r.afzender AND h.ontvanger = r.ontvanger
   AND h.identificatie = r.identificatie AND h.dagtekening = r.dagtekening;
UPDATE messages r SET in_reply_to = d.message_id
  FROM declaratie_antwoorden a JOIN declaraties d ON d.id = a.declaratie_id
 WHERE a.message_id = r.id AND r.in_reply_to IS NULL AND NOT r.made_by_gateway;

-- One answer per heenbericht: the answers to a heenbericht are found with messages_in_reply_to (001).
