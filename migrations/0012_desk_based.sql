-- An inspection is completed only after a held visit, unless it is recorded as a desk-based
-- inspection (skrivebordstilsyn) with its reason.
ALTER TABLE "inspections" ADD COLUMN "desk_based_reason" text;
