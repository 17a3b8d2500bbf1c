-- Issue 12: the portal's search pages in Danish order by name (src/services/portal/portal-data.ts
-- writes the same expression): "aa" as "å", æ/ä, ø/ö and å after z, accents as their base letter.
CREATE INDEX IF NOT EXISTS "providers_danish_name_idx" ON "providers" (translate(replace(lower("name"), 'aa', 'å'), 'æäøöåÆÄØÖÅéèêëáàâíìîóòôúùûüýÉÈÊËÁÀÂÍÌÎÓÒÔÚÙÛÜÝ', '{{||}{{||}eeeeaaaiiiooouuuyyeeeeaaaiiiooouuuyy'), "id");
