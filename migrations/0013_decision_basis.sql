-- Seed 000: "Typen af afgørelse afhænger af, om socialtilsynet vurderer, at tilbuddet inden for en
-- kortere periode vil kunne opfylde det eller de ikke-opfyldte kvalitetskriterier." Each decision
-- records that assessment and its reason (null for decisions recorded before this was asked).
ALTER TABLE "decisions" ADD COLUMN "can_meet_soon" boolean;
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "basis_reason" text;
