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
--> statement-breakpoint
-- The facts counted by every dimension the analytics filter on (not per inspector or entity), kept
-- in step by statement triggers, so the overview reads some hundred thousand count rows instead of
-- millions of facts. A fact's year is the year of its date.
CREATE TABLE "analytics_counts" (
	"model_id" text NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" text NOT NULL,
	"theme_id" text,
	"criterion_id" text,
	"authority_id" text NOT NULL,
	"entity_kind" text NOT NULL,
	"year" integer NOT NULL,
	"phase" text NOT NULL,
	"source" text NOT NULL,
	"value" text NOT NULL,
	"legal_bases" text[] NOT NULL,
	"typology" text,
	"situations" text[] NOT NULL,
	"consistency" text,
	"n" integer NOT NULL,
	CONSTRAINT "analytics_counts_dims" UNIQUE NULLS NOT DISTINCT ("model_id", "item_kind", "item_id", "theme_id", "criterion_id", "authority_id", "entity_kind", "year", "phase", "source", "value", "legal_bases", "typology", "situations", "consistency")
);
--> statement-breakpoint
CREATE INDEX "analytics_counts_model_idx" ON "analytics_counts" ("model_id", "item_kind", "year");
--> statement-breakpoint
CREATE FUNCTION analytics_counts_add() RETURNS trigger AS $$
BEGIN
  INSERT INTO analytics_counts AS c (model_id, item_kind, item_id, theme_id, criterion_id, authority_id, entity_kind, year, phase, source, value, legal_bases, typology, situations, consistency, n)
  SELECT model_id, item_kind, item_id, theme_id, criterion_id, authority_id, entity_kind, extract(year from fact_date)::int, phase, source, value, legal_bases, typology, situations, consistency, count(*)::int
  FROM new_facts
  GROUP BY model_id, item_kind, item_id, theme_id, criterion_id, authority_id, entity_kind, extract(year from fact_date)::int, phase, source, value, legal_bases, typology, situations, consistency
  ON CONFLICT ON CONSTRAINT analytics_counts_dims DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION analytics_counts_remove() RETURNS trigger AS $$
BEGIN
  UPDATE analytics_counts c SET n = c.n - o.n
  FROM (SELECT model_id, item_kind, item_id, theme_id, criterion_id, authority_id, entity_kind, extract(year from fact_date)::int AS year, phase, source, value, legal_bases, typology, situations, consistency, count(*)::int AS n
        FROM old_facts
        GROUP BY model_id, item_kind, item_id, theme_id, criterion_id, authority_id, entity_kind, extract(year from fact_date)::int, phase, source, value, legal_bases, typology, situations, consistency) o
  WHERE c.model_id = o.model_id AND c.item_kind = o.item_kind AND c.item_id = o.item_id AND c.theme_id IS NOT DISTINCT FROM o.theme_id
    AND c.criterion_id IS NOT DISTINCT FROM o.criterion_id AND c.authority_id = o.authority_id AND c.entity_kind = o.entity_kind AND c.year = o.year
    AND c.phase = o.phase AND c.source = o.source AND c.value = o.value AND c.legal_bases = o.legal_bases AND c.typology IS NOT DISTINCT FROM o.typology
    AND c.situations = o.situations AND c.consistency IS NOT DISTINCT FROM o.consistency;
  DELETE FROM analytics_counts WHERE n <= 0;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER analytics_facts_insert_counts AFTER INSERT ON analytics_facts REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_counts_add();
--> statement-breakpoint
CREATE TRIGGER analytics_facts_delete_counts AFTER DELETE ON analytics_facts REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_counts_remove();
--> statement-breakpoint
CREATE TRIGGER analytics_facts_update_remove_counts AFTER UPDATE ON analytics_facts REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_counts_remove();
--> statement-breakpoint
CREATE TRIGGER analytics_facts_update_add_counts AFTER UPDATE ON analytics_facts REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analytics_counts_add();
--> statement-breakpoint
-- The departments' facts, for the spread between a provider's departments (special situations).
CREATE INDEX "analytics_facts_department_idx" ON "analytics_facts" ("inspection_id", "item_id") WHERE "department_id" IS NOT NULL;
--> statement-breakpoint
-- The flagged assessments, newest first, for the consistency list (few among many facts).
CREATE INDEX "analytics_facts_consistency_idx" ON "analytics_facts" ("fact_date", "id") WHERE "consistency" IS NOT NULL;
