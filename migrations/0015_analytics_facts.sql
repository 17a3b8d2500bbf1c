-- Analytics (issue 10, seed 001): one row per final assessed item, written in the same transaction
-- as a report's finalisation or imported from an authority's former system; rebuildable from the
-- final report versions. And each authority's local rule for scoring in special situations.
CREATE TABLE "analytics_facts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_key" text NOT NULL,
	"source" text NOT NULL CHECK ("source" IN ('native', 'imported')),
	"authority_id" text NOT NULL REFERENCES "authorities"("id"),
	"entity_kind" text NOT NULL CHECK ("entity_kind" IN ('provider', 'foster_family')),
	"entity_id" text NOT NULL,
	"legal_bases" text[] DEFAULT '{}'::text[] NOT NULL,
	"ownership" text,
	"typology" text,
	"department_id" text,
	"inspection_key" text NOT NULL,
	"inspection_id" uuid,
	"report_version_id" uuid,
	"phase" text NOT NULL CHECK ("phase" IN ('approval', 'operation')),
	"fact_date" date NOT NULL,
	"model_id" text NOT NULL,
	"model_version" text NOT NULL,
	"theme_id" text,
	"criterion_id" text,
	"item_kind" text NOT NULL CHECK ("item_kind" IN ('indicator', 'criterion', 'marker', 'economy', 'sufficient_quality', 'decision')),
	"item_id" text NOT NULL,
	"value" text NOT NULL,
	"carried_forward" boolean DEFAULT false NOT NULL,
	"situations" text[] DEFAULT '{}'::text[] NOT NULL,
	"risk" text CHECK ("risk" IN ('green', 'yellow', 'red')),
	"consistency" text CHECK ("consistency" IN ('scale_wording', 'met_with_absent_marker')),
	"inspector" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_facts_source_key_idx" ON "analytics_facts" ("source_key");
--> statement-breakpoint
CREATE INDEX "analytics_facts_item_idx" ON "analytics_facts" ("model_id", "item_id", "fact_date");
--> statement-breakpoint
CREATE INDEX "analytics_facts_kind_idx" ON "analytics_facts" ("model_id", "item_kind", "fact_date");
--> statement-breakpoint
CREATE INDEX "analytics_facts_authority_idx" ON "analytics_facts" ("authority_id", "fact_date");
--> statement-breakpoint
CREATE INDEX "analytics_facts_inspection_idx" ON "analytics_facts" ("inspection_id");
--> statement-breakpoint
CREATE TABLE "analytics_local_rules" (
	"authority_id" text NOT NULL REFERENCES "authorities"("id"),
	"situation" text NOT NULL CHECK ("situation" IN ('without_child', 'new_without_child', 'department_level', 'adult_with_child_places')),
	"rule" text NOT NULL CHECK ("rule" IN ('carry_forward', 'prior_knowledge', 'score_1_selected', 'score_1_all', 'score_4_all', 'assess_normally')),
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("authority_id", "situation")
);
