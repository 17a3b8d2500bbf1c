// The closed lists of values the records hold: one list each, used by the database schema (typed
// columns with a CHECK constraint, migrations/0004_typed_enums.sql), the services' validation and
// the labels. Phases, decisions and model kinds have their lists beside their rules.
export const ROLES = ['inspector', 'manager', 'provider', 'municipality', 'auditor', 'admin', 'region', 'surveyor'] as const;
/** The five regions (seed 003): they operate the regional institutions and run their quality model. */
export const REGIONS = ['nordjylland', 'midtjylland', 'syddanmark', 'sjaelland', 'hovedstaden'] as const;
export type RegionId = (typeof REGIONS)[number];
/** How a session began: with a password here, or at the organisation's identity provider (OpenID Connect). */
export const SESSION_METHODS = ['password', 'oidc'] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];
export type Role = (typeof ROLES)[number];

/** A provider's ownership (ejerform): municipal, regional or private. */
export const OWNERSHIPS = ['kommunal', 'regional', 'privat'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const INSPECTION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const RISKS = ['green', 'yellow', 'red'] as const;
export type Risk = (typeof RISKS)[number];

export const VISIT_STATUSES = ['planned', 'held', 'aborted'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const REPORT_STATUSES = ['draft', 'review', 'hearing', 'final', 'sent'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Who may read a final report beyond the parties: foster-family reports never go public. */
/** Who a sent version is published to: everyone (providers), the municipalities (foster families), or nobody beyond the applicant (a refusal at approval). */
export const REPORT_AUDIENCES = ['public', 'municipality', 'applicant'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

export const APPROVAL_STATUSES = ['approved', 'approved_with_conditions', 'pending', 'revoked'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** The regions' quality work (seed 003): a step's status, a self-evaluation's and an external evaluation's stage, a surveyor's finding. */
export const STEP_STATUSES = ['not_started', 'in_progress', 'fulfilled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const SELF_EVALUATION_STATUSES = ['draft', 'submitted', 'acknowledged'] as const;
export const EXTERNAL_EVALUATION_STATUSES = ['planned', 'in_progress', 'draft', 'final'] as const;
export type ExternalEvaluationStatus = (typeof EXTERNAL_EVALUATION_STATUSES)[number];
export const EVALUATION_FINDINGS = ['fulfilled', 'partly', 'not_fulfilled'] as const;
export type EvaluationFinding = (typeof EVALUATION_FINDINGS)[number];
/** The traffic light's colours (seed 003): red — voice an opinion; yellow — decide with the staff; green — decide. */
export const GUIDING_DOCUMENT_KINDS = ['vejledning', 'instruks'] as const;
export type GuidingDocumentKind = (typeof GUIDING_DOCUMENT_KINDS)[number];
export const STEP_EVIDENCE_KINDS = ['briefing', 'staff_asked', 'other'] as const;
export type StepEvidenceKind = (typeof STEP_EVIDENCE_KINDS)[number];
export const SURVEY_AUDIENCES = ['users', 'relatives'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

export const TRAFFIC_LIGHT_COLOURS = ['red', 'yellow', 'green'] as const;
export type TrafficLightColour = (typeof TRAFFIC_LIGHT_COLOURS)[number];

/** What a user is notified of in the report workflow (issue 12). */
export const NOTIFICATION_KINDS = ['report_returned', 'review_waiting', 'hearing_sent', 'hearing_answered', 'report_sent'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A calibration round takes answers while open; its results are shown once closed (issue 13). */
export const CALIBRATION_STATUSES = ['open', 'closed'] as const;
export type CalibrationStatus = (typeof CALIBRATION_STATUSES)[number];

/** The sections of the start pages' work lists (issue 12). */
export const WORK_SECTION_KEYS = [
  'my_inspections', 'visits_this_week', 'reports_returned', 'hearings_over', 'follow_ups', 'calibration_to_answer', 'review_feedback',
  'reviews_waiting', 'without_lead', 'annual_due', 'decision_deadlines', 'hearings_past_deadline',
  'hearings_to_answer', 'new_reports', 'new_conclusions',
] as const;
export type WorkSectionKey = (typeof WORK_SECTION_KEYS)[number];
