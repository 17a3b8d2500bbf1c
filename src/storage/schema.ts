// Tables. PostgreSQL dialect, the same on embedded PGlite and on a PostgreSQL server.
// Domain rules do not live here; services call the pure core and store its inputs.
import { APPROVAL_STATUSES, CALIBRATION_STATUSES, EXTERNAL_EVALUATION_STATUSES, EVALUATION_FINDINGS, INSPECTION_STATUSES, OWNERSHIPS, REPORT_AUDIENCES, REPORT_STATUSES, RISKS, ROLES, SELF_EVALUATION_STATUSES, SESSION_METHODS, STEP_STATUSES, GUIDING_DOCUMENT_KINDS, STEP_EVIDENCE_KINDS, SURVEY_AUDIENCES, NOTIFICATION_KINDS, TRAFFIC_LIGHT_COLOURS, VISIT_STATUSES } from '../core/vocabulary.ts';
import { PHASES } from '../core/assessment/assessment-input.ts';
import type { LegalBasis, ProviderFlag } from '../core/model/catalog-parts.ts';
import { DECISIONS } from '../core/assessment/decision-options.ts';
import { FACT_ENTITY_KINDS, FACT_ITEM_KINDS, FACT_SOURCES, SPECIAL_SITUATIONS, type SpecialSituation } from '../core/analytics/facts.ts';
import { LOCAL_RULES } from '../core/analytics/local-rules.ts';
import { CONSISTENCY_FLAGS } from '../core/analytics/consistency.ts';
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const authorities = pgTable('authorities', {
  id: text('id').primaryKey(), // nord, midt, syd, oest, hovedstaden
  name: text('name').notNull(),
});

/** The five regions (seed 003); the migration creates them. */
export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const providers = pgTable('providers', {
  id: id(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  legalBases: text('legal_bases').array().$type<LegalBasis[]>().notNull().default(sql`'{}'::text[]`),
  flags: text('flags').array().$type<ProviderFlag[]>().notNull().default(sql`'{}'::text[]`),
  /** Ejerform; null for providers registered before it was asked. */
  ownership: text('ownership', { enum: OWNERSHIPS }),
  /** The region that operates a regional institution (ownership "regional"); null otherwise. */
  regionId: text('region_id').references(() => regions.id),
  targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
  methods: text('methods').array().notNull().default(sql`'{}'::text[]`),
  places: integer('places').notNull().default(0),
  /** approved | approved_with_conditions | pending | revoked — shown on the public portal. */
  approvalStatus: text('approval_status', { enum: APPROVAL_STATUSES }).notNull().default('approved'),
  createdAt: createdAt(),
}, (t) => [index('providers_authority_idx').on(t.authorityId)]);

export const departments = pgTable('departments', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  places: integer('places').notNull().default(0),
});

export const fosterFamilies = pgTable('foster_families', {
  id: id(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  typology: text('typology').notNull(), // almindelig | forstaerket | specialiseret
  approvedOn: date('approved_on'),
  childrenInCare: integer('children_in_care').notNull().default(0),
  createdAt: createdAt(),
}, (t) => [index('foster_families_authority_idx').on(t.authorityId)]);

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  authorityId: text('authority_id').references(() => authorities.id),
  providerId: uuid('provider_id').references(() => providers.id),
  fosterFamilyId: uuid('foster_family_id').references(() => fosterFamilies.id),
  regionId: text('region_id').references(() => regions.id),
  /** Deactivated users cannot log in; they stay, because the audit log names them. */
  active: boolean('active').notNull().default(true),
  /** Set when an administrator sets the password: the user chooses a new one at the next login. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** Where notifications are e-mailed, when the installation sends e-mail; optional. */
  email: text('email'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('users_username_idx').on(t.username)]);

/** One row about the installation: whether it holds the fictional demo data. */
export const installation = pgTable('installation', {
  id: integer('id').primaryKey().default(1),
  demo: boolean('demo').notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = pgTable('sessions', {
  /** SHA-256 of the session token; the token itself only lives in the cookie. */
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** The last request in the session: it ends after a while without use (the idle timeout). */
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  /** How the session began: a password set by an administrator is changed at a password login only. */
  method: text('method', { enum: SESSION_METHODS }).notNull().default('password'),
  createdAt: createdAt(),
});

/** A login started at the organisation's identity provider, waiting for the browser to come back. */
export const oidcLogins = pgTable('oidc_logins', {
  /** SHA-256 of the state sent to the provider; the state itself is in the browser's cookie. */
  stateHash: text('state_hash').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  nextPath: text('next_path').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(), // username or client address
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
});

export const inspections = pgTable('inspections', {
  id: id(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  providerId: uuid('provider_id').references(() => providers.id),
  fosterFamilyId: uuid('foster_family_id').references(() => fosterFamilies.id),
  phase: text('phase', { enum: PHASES }).notNull(),
  modelId: text('model_id').notNull(),
  modelVersion: text('model_version').notNull(),
  status: text('status', { enum: INSPECTION_STATUSES }).notNull(),
  risk: text('risk', { enum: RISKS }).notNull().default('green'),
  title: text('title').notNull(),
  /** Set: a desk-based inspection (skrivebordstilsyn), with the reason; it needs no held visit. */
  deskBasedReason: text('desk_based_reason'),
  /** Who leads the inspection (issue 12); null: not yet assigned. */
  leadInspectorId: uuid('lead_inspector_id').references(() => users.id),
  plannedFrom: date('planned_from'),
  plannedTo: date('planned_to'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('inspections_authority_idx').on(t.authorityId)]);

export const riskChanges = pgTable('risk_changes', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  risk: text('risk', { enum: RISKS }).notNull(),
  reason: text('reason').notNull(),
  changedBy: uuid('changed_by').references(() => users.id),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const visits = pgTable('visits', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  plannedOn: date('planned_on').notNull(),
  announced: boolean('announced').notNull().default(false),
  status: text('status', { enum: VISIT_STATUSES }).notNull().default('planned'),
  note: text('note').notNull().default(''),
});

export const followUps = pgTable('follow_ups', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  markerId: text('marker_id').notNull(),
  stepIndex: integer('step_index').notNull(),
  method: text('method').notNull(),
  note: text('note').notNull().default(''),
  collectedOn: date('collected_on'),
});

export const assessments = pgTable('assessments', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  /** Null: the provider (or foster family) as a whole; otherwise one department. */
  departmentId: uuid('department_id').references(() => departments.id),
  modelId: text('model_id').notNull(),
  modelVersion: text('model_version').notNull(),
  /** The engine's input (markers, criteria, economy or indicators) plus the design-step records. */
  data: jsonb('data').notNull(),
  /** Optimistic concurrency: a save names the version it started from. */
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('assessments_inspection_idx').on(t.inspectionId)]);

/** Yellow risk: how the investigation design was widened for a criterion in doubt. */
export const designWidenings = pgTable('design_widenings', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  criterionId: text('criterion_id').notNull(),
  description: text('description').notNull(),
  addedBy: uuid('added_by').references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('design_widenings_inspection_idx').on(t.inspectionId)]);

export const decisions = pgTable('decisions', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: DECISIONS }).notNull(),
  deadline: date('deadline'),
  endsOn: date('ends_on'),
  note: text('note').notNull().default(''),
  /** "… inden for en kortere periode vil kunne opfylde …": the basis for the kind of decision. */
  canMeetSoon: boolean('can_meet_soon'),
  basisReason: text('basis_reason'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Append-only: a trigger (see migrations) refuses UPDATE and DELETE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => users.id),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
}, (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)]);

/** The report of an inspection while it is worked on: draft → review → hearing → final → sent. */
export const reports = pgTable('reports', {
  id: id(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
  /** ReportContent (src/core/report/report-input.ts): overall assessment, theme assessments, development points … */
  content: jsonb('content').notNull(),
  authorId: uuid('author_id').references(() => users.id),
  /** [{ by, byName, at, decision: 'approved'|'returned', comment }] */
  reviewComments: jsonb('review_comments').notNull().default(sql`'[]'::jsonb`),
  hearingDeadline: date('hearing_deadline'),
  hearingAnswer: text('hearing_answer'),
  hearingAnsweredAt: timestamp('hearing_answered_at', { withTimezone: true }),
  hearingAnsweredBy: uuid('hearing_answered_by').references(() => users.id),
  /** Optimistic concurrency, as for assessments. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('reports_inspection_idx').on(t.inspectionId)]);

/** A final report version: immutable (a trigger refuses UPDATE and DELETE). Corrections add a new version. */
export const reportVersions = pgTable('report_versions', {
  id: id(),
  reportId: uuid('report_id').notNull().references(() => reports.id),
  number: integer('number').notNull(),
  /** The ReportDocument every renderer uses. */
  document: jsonb('document').notNull(),
  /** publicSummary(document): exactly what may be published. */
  publicSummary: jsonb('public_summary').notNull(),
  /** public (providers) | municipality (foster families: never public). */
  audience: text('audience', { enum: REPORT_AUDIENCES }).notNull(),
  contentHash: text('content_hash').notNull(),
  supersedesId: uuid('supersedes_id'),
  hearingAnswer: text('hearing_answer'),
  finalisedBy: uuid('finalised_by').references(() => users.id),
  finalisedAt: timestamp('finalised_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('report_versions_number_idx').on(t.reportId, t.number)]);

/** Sending a final version to the provider or foster family; a sent version is published. */
export const reportDispatches = pgTable('report_dispatches', {
  id: id(),
  versionId: uuid('version_id').notNull().references(() => reportVersions.id),
  sentBy: uuid('sent_by').references(() => users.id),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('report_dispatches_version_idx').on(t.versionId)]);

/**
 * One row counting every change to what the open-data export shows: triggers on providers,
 * decisions and report dispatches bump it (migration 0031), whoever writes.
 */
export const openDataChanges = pgTable('open_data_changes', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The content hash of every model version the database has seen (a changed catalog needs a new version). */
export const modelVersions = pgTable('model_versions', {
  modelId: text('model_id').notNull(),
  version: text('version').notNull(),
  contentHash: text('content_hash').notNull(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.modelId, t.version] })]);

/**
 * Analytics facts (src/core/analytics/facts.ts): one row per final assessed item, written in the
 * finalisation's transaction or imported; rebuilt from the final report versions by
 * `tilsyn analytics rebuild`. Not personal data beyond the inspector's id or code.
 */
export const analyticsFacts = pgTable('analytics_facts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  sourceKey: text('source_key').notNull(),
  source: text('source', { enum: FACT_SOURCES }).notNull(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  entityKind: text('entity_kind', { enum: FACT_ENTITY_KINDS }).notNull(),
  entityId: text('entity_id').notNull(),
  legalBases: text('legal_bases').array().notNull().default(sql`'{}'::text[]`),
  ownership: text('ownership'),
  typology: text('typology'),
  departmentId: text('department_id'),
  inspectionKey: text('inspection_key').notNull(),
  inspectionId: uuid('inspection_id'),
  reportVersionId: uuid('report_version_id'),
  phase: text('phase', { enum: PHASES }).notNull(),
  factDate: date('fact_date').notNull(),
  modelId: text('model_id').notNull(),
  modelVersion: text('model_version').notNull(),
  themeId: text('theme_id'),
  criterionId: text('criterion_id'),
  itemKind: text('item_kind', { enum: FACT_ITEM_KINDS }).notNull(),
  itemId: text('item_id').notNull(),
  value: text('value').notNull(),
  carriedForward: boolean('carried_forward').notNull().default(false),
  situations: text('situations').array().$type<SpecialSituation[]>().notNull().default(sql`'{}'::text[]`),
  risk: text('risk', { enum: RISKS }),
  consistency: text('consistency', { enum: CONSISTENCY_FLAGS }),
  inspector: text('inspector').notNull(),
}, (t) => [
  uniqueIndex('analytics_facts_source_key_idx').on(t.sourceKey),
  index('analytics_facts_item_idx').on(t.modelId, t.itemId, t.factDate),
  index('analytics_facts_kind_idx').on(t.modelId, t.itemKind, t.factDate),
  index('analytics_facts_authority_idx').on(t.authorityId, t.factDate),
  index('analytics_facts_inspection_idx').on(t.inspectionId),
  index('analytics_facts_department_idx').on(t.inspectionId, t.itemId).where(sql`${t.departmentId} is not null`),
  index('analytics_facts_consistency_idx').on(t.factDate, t.id).where(sql`${t.consistency} is not null`),
]);

/** Each authority's local rule for a special situation (seed 001), shown beside its measured effect. */
export const analyticsLocalRules = pgTable('analytics_local_rules', {
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  situation: text('situation', { enum: SPECIAL_SITUATIONS }).notNull(),
  rule: text('rule', { enum: LOCAL_RULES }).notNull(),
  note: text('note').notNull().default(''),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.authorityId, t.situation] })]);

/**
 * The facts counted by every filter dimension (not per inspector or entity): kept in step with
 * analytics_facts by statement triggers (migration 0015); the overview reads these counts.
 */
export const analyticsCounts = pgTable('analytics_counts', {
  modelId: text('model_id').notNull(),
  itemKind: text('item_kind', { enum: FACT_ITEM_KINDS }).notNull(),
  itemId: text('item_id').notNull(),
  themeId: text('theme_id'),
  criterionId: text('criterion_id'),
  authorityId: text('authority_id').notNull(),
  entityKind: text('entity_kind', { enum: FACT_ENTITY_KINDS }).notNull(),
  year: integer('year').notNull(),
  phase: text('phase', { enum: PHASES }).notNull(),
  source: text('source', { enum: FACT_SOURCES }).notNull(),
  value: text('value').notNull(),
  legalBases: text('legal_bases').array().notNull(),
  typology: text('typology'),
  situations: text('situations').array().$type<SpecialSituation[]>().notNull(),
  consistency: text('consistency', { enum: CONSISTENCY_FLAGS }),
  n: integer('n').notNull(),
}, (t) => [index('analytics_counts_model_idx').on(t.modelId, t.itemKind, t.year)]);

/** Issue 11 (seed 003): an institution's adoption of the regions' model (from a date; whether it shares its work with the authority). */
export const institutionAdoptions = pgTable('institution_adoptions', {
  providerId: uuid('provider_id').primaryKey().references(() => providers.id, { onDelete: 'cascade' }),
  modelId: text('model_id').notNull(),
  modelVersion: text('model_version').notNull(),
  adoptedOn: date('adopted_on').notNull(),
  sharedWithAuthority: boolean('shared_with_authority').notNull().default(false),
  createdAt: createdAt(),
});

/** Per institution, standard and step: not started, in progress or fulfilled. */
export const standardSteps = pgTable('standard_steps', {
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  step: integer('step').notNull(),
  status: text('status', { enum: STEP_STATUSES }).notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.providerId, t.standardId, t.step] })]);

/** The annual self-evaluation: submitted by the institution, acknowledged by the region. */
export const selfEvaluations = pgTable('self_evaluations', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  status: text('status', { enum: SELF_EVALUATION_STATUSES }).notNull(),
  submittedOn: date('submitted_on'),
  acknowledgedOn: date('acknowledged_on'),
  acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('self_evaluations_provider_idx').on(t.providerId)]);

export const selfEvaluationEntries = pgTable('self_evaluation_entries', {
  selfEvaluationId: uuid('self_evaluation_id').notNull().references(() => selfEvaluations.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  /** Where the institution stands, how far from the goal, the gaps (seed 003). */
  position: text('position').notNull().default(''),
  distance: text('distance').notNull().default(''),
  gaps: text('gaps').notNull().default(''),
  /** The action that closes the gap, its owner and deadline. */
  action: text('action').notNull().default(''),
  actionOwner: text('action_owner').notNull().default(''),
  actionDeadline: date('action_deadline'),
}, (t) => [primaryKey({ columns: [t.selfEvaluationId, t.standardId] })]);

/** The external evaluation every third year: planned by the region, done by assigned surveyors. */
export const externalEvaluations = pgTable('external_evaluations', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  status: text('status', { enum: EXTERNAL_EVALUATION_STATUSES }).notNull(),
  plannedOn: date('planned_on').notNull(),
  finalOn: date('final_on'),
  /** The surveyors' evaluation report; sent to the institution as a draft, then final. */
  report: text('report').notNull().default(''),
  draftOn: date('draft_on'),
  /** The institution's comments on the draft; null until it has answered. */
  institutionComment: text('institution_comment'),
  commentedOn: date('commented_on'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('external_evaluations_provider_idx').on(t.providerId)]);

/** After a final external evaluation, the actions the region follows up on. */
export const evaluationActions = pgTable('evaluation_actions', {
  id: id(),
  evaluationId: uuid('evaluation_id').notNull().references(() => externalEvaluations.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  action: text('action').notNull(),
  owner: text('owner').notNull(),
  deadline: date('deadline').notNull(),
  doneOn: date('done_on'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('evaluation_actions_evaluation_idx').on(t.evaluationId)]);

export const externalEvaluationSurveyors = pgTable('external_evaluation_surveyors', {
  evaluationId: uuid('evaluation_id').notNull().references(() => externalEvaluations.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id),
}, (t) => [primaryKey({ columns: [t.evaluationId, t.userId] })]);

export const externalEvaluationFindings = pgTable('external_evaluation_findings', {
  evaluationId: uuid('evaluation_id').notNull().references(() => externalEvaluations.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  finding: text('finding', { enum: EVALUATION_FINDINGS }).notNull(),
  justification: text('justification').notNull().default(''),
}, (t) => [primaryKey({ columns: [t.evaluationId, t.standardId] })]);

/** The traffic light (seed 003): a matter placed in a colour, agreed with the residents; ended when changed, so history stays. */
export const trafficLightItems = pgTable('traffic_light_items', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  /** A house or unit of the institution; empty: the institution as a whole. */
  unit: text('unit').notNull().default(''),
  matter: text('matter').notNull(),
  colour: text('colour', { enum: TRAFFIC_LIGHT_COLOURS }).notNull(),
  agreedOn: date('agreed_on').notNull(),
  agreedWith: text('agreed_with').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
}, (t) => [index('traffic_light_items_provider_idx').on(t.providerId)]);

/** The local description of how the institution lives up to a standard (seed 003): versioned, approved by the region. */
export const localDescriptions = pgTable('local_descriptions', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  version: integer('version').notNull(),
  text: text('text').notNull(),
  status: text('status', { enum: ['draft', 'approved'] }).notNull(),
  writtenBy: uuid('written_by').references(() => users.id),
  writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedOn: date('approved_on'),
}, (t) => [uniqueIndex('local_descriptions_version').on(t.providerId, t.standardId, t.version)]);

/** Step 1's evidence (seed 003): a guiding document — a file or a link — with owner and review date. */
export const guidingDocuments = pgTable('guiding_documents', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  title: text('title').notNull(),
  kind: text('kind', { enum: GUIDING_DOCUMENT_KINDS }).notNull(),
  link: text('link'),
  fileName: text('file_name'),
  fileType: text('file_type'),
  fileData: bytea('file_data'),
  owner: text('owner').notNull(),
  reviewOn: date('review_on').notNull(),
  sharedAsExample: boolean('shared_as_example').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('guiding_documents_provider_idx').on(t.providerId, t.standardId)]);

/** Step 2's and later steps' evidence: how the guiding documents are known and used. */
export const stepEvidence = pgTable('step_evidence', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  standardId: text('standard_id').notNull(),
  step: integer('step').notNull(),
  kind: text('kind', { enum: STEP_EVIDENCE_KINDS }).notNull(),
  heldOn: date('held_on').notNull(),
  description: text('description').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('step_evidence_provider_idx').on(t.providerId, t.standardId)]);

/** A user or relative survey round with its aggregated results per question (imported from CSV). */
export const surveyRounds = pgTable('survey_rounds', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  audience: text('audience', { enum: SURVEY_AUDIENCES }).notNull(),
  heldOn: date('held_on').notNull(),
  invited: integer('invited').notNull(),
  responded: integer('responded').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('survey_rounds_one_per_day').on(t.providerId, t.audience, t.heldOn)]);

export const surveyResults = pgTable('survey_results', {
  roundId: uuid('round_id').notNull().references(() => surveyRounds.id, { onDelete: 'cascade' }),
  questionNo: integer('question_no').notNull(),
  question: text('question').notNull(),
  /** How many answered the question, and how many of them answered positively (agree or strongly agree). */
  answers: integer('answers').notNull(),
  positive: integer('positive').notNull(),
}, (t) => [primaryKey({ columns: [t.roundId, t.questionNo] })]);

/** The competence development plan: a module (topic, target group, dates) and its participants. */
export const competenceModules = pgTable('competence_modules', {
  id: id(),
  providerId: uuid('provider_id').notNull().references(() => providers.id, { onDelete: 'cascade' }),
  topic: text('topic').notNull(),
  targetGroup: text('target_group').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('competence_modules_provider_idx').on(t.providerId)]);

export const competenceParticipants = pgTable('competence_participants', {
  id: id(),
  moduleId: uuid('module_id').notNull().references(() => competenceModules.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  completedOn: date('completed_on'),
}, (t) => [index('competence_participants_module_idx').on(t.moduleId)]);

/** A catalog version uploaded by the administrator (any model kind): pending until activated, then in force from its date. */
export const catalogVersions = pgTable('catalog_versions', {
  id: id(),
  modelId: text('model_id').notNull(),
  version: text('version').notNull(),
  /** The YAML as uploaded. */
  source: text('source').notNull(),
  fileName: text('file_name').notNull(),
  activeFrom: date('active_from').notNull(),
  status: text('status', { enum: ['pending', 'active'] }).notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  activatedAt: timestamp('activated_at', { withTimezone: true }),
}, (t) => [uniqueIndex('catalog_versions_version').on(t.modelId, t.version)]);

/** An in-app notification of the report workflow to one user (issue 12); e-mailed when SMTP is configured. */
export const notifications = pgTable('notifications', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  readAt: timestamp('read_at', { withTimezone: true }),
  emailedAt: timestamp('emailed_at', { withTimezone: true }),
}, (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)]);

/** The inspectors taking part in an inspection besides its lead (issue 12). */
export const inspectionCoInspectors = pgTable('inspection_co_inspectors', {
  inspectionId: uuid('inspection_id').notNull().references(() => inspections.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id),
}, (t) => [primaryKey({ columns: [t.inspectionId, t.userId] }), index('inspection_co_inspectors_user_idx').on(t.userId)]);

// ---- Issue 13 (seed 001): calibration rounds and the sampled quality review of reports ------------

/** A case judged blind by invited inspectors; its owner is a manager (own authority) or the auditor (null authority: across). */
export const calibrationRounds = pgTable('calibration_rounds', {
  id: id(),
  title: text('title').notNull(),
  ownerId: uuid('owner_id').notNull().references(() => users.id),
  ownerAuthorityId: text('owner_authority_id').references(() => authorities.id),
  caseText: text('case_text').notNull(),
  modelId: text('model_id').notNull(),
  modelVersion: text('model_version').notNull(),
  itemIds: jsonb('item_ids').$type<string[]>().notNull(),
  deadline: date('deadline').notNull(),
  status: text('status', { enum: CALIBRATION_STATUSES }).notNull().default('open'),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

export const calibrationAttachments = pgTable('calibration_attachments', {
  id: id(),
  roundId: uuid('round_id').notNull().references(() => calibrationRounds.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  fileType: text('file_type').notNull(),
  fileData: bytea('file_data').notNull(),
  createdAt: createdAt(),
});

/** An invited inspector, with the authority they judged for (kept as it was when invited). */
export const calibrationInvitations = pgTable('calibration_invitations', {
  roundId: uuid('round_id').notNull().references(() => calibrationRounds.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
}, (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('calibration_invitations_user_idx').on(t.userId), index('calibration_invitations_authority_idx').on(t.authorityId, t.roundId)]);

/** One inspector's answer to one item, with its reason; changed freely until the round is closed. */
export const calibrationAnswers = pgTable('calibration_answers', {
  roundId: uuid('round_id').notNull(),
  userId: uuid('user_id').notNull(),
  itemId: text('item_id').notNull(),
  value: text('value').notNull(),
  reason: text('reason').notNull(),
  answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.roundId, t.userId, t.itemId] })]);

/** After closing: the discussion of an item and the answer agreed on. */
export const calibrationDiscussions = pgTable('calibration_discussions', {
  roundId: uuid('round_id').notNull().references(() => calibrationRounds.id, { onDelete: 'cascade' }),
  itemId: text('item_id').notNull(),
  note: text('note').notNull(),
  agreedValue: text('agreed_value'),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.roundId, t.itemId] })]);

/** A manager's reproducible draw of final reports: the parameters, the seed and what was drawn. */
export const reviewSamples = pgTable('review_samples', {
  id: id(),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  drawnBy: uuid('drawn_by').references(() => users.id),
  periodFrom: date('period_from').notNull(),
  periodTo: date('period_to').notNull(),
  size: integer('size').notNull(),
  strata: jsonb('strata').$type<string[]>().notNull(),
  seed: bigint('seed', { mode: 'number' }).notNull(),
  versionIds: jsonb('version_ids').$type<string[]>().notNull(),
  createdAt: createdAt(),
}, (t) => [index('review_samples_authority_idx').on(t.authorityId, t.createdAt)]);

/** The review of one sampled report against the checklist; it never changes the report. */
export const qualityReviews = pgTable('quality_reviews', {
  id: id(),
  sampleId: uuid('sample_id').notNull().references(() => reviewSamples.id, { onDelete: 'cascade' }),
  versionId: uuid('version_id').notNull().references(() => reportVersions.id),
  authorityId: text('authority_id').notNull().references(() => authorities.id),
  inspectorId: uuid('inspector_id').references(() => users.id),
  reviewerId: uuid('reviewer_id').references(() => users.id),
  points: jsonb('points').$type<Record<string, { met: boolean; comment: string }>>().notNull(),
  summary: text('summary').notNull(),
  version: integer('version').notNull().default(1),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('quality_reviews_one_per_report').on(t.sampleId, t.versionId), index('quality_reviews_inspector_idx').on(t.inspectorId, t.reviewedAt), index('quality_reviews_authority_idx').on(t.authorityId, t.reviewedAt)]);
