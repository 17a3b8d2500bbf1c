// The Danish labels of the domain's values, in one place for every presentation (CLI, web pages,
// the report and the portal): results and states, phases, decisions, legal bases and flags,
// entity kinds, risk, visit outcomes, conclusions, statuses, roles, model kinds, and how an
// average is written. Values said mid-sentence are lower case (a page that starts a sentence with
// one capitalises it); names of states shown on their own (statuses, roles) are capitalised.
import type { CriterionResult, MarkerState } from './kinds/binary/assessment-input.ts';
import type { InterviewForm, PerspectiveMethod } from './kinds/binary/assessment-data.ts';
import type { Phase } from './assessment/assessment-input.ts';
import type { Expectation } from './kinds/scored/assessment-input.ts';
import type { Decision } from './assessment/decision-options.ts';
import type { LegalBasis, ProviderFlag, Typology } from './model/catalog-parts.ts';
import type { QualityConclusion } from './report/report-document.ts';
import type { ReportEntityKind, ReportRisk, ReportVisitStatus } from './report/report-input.ts';
import { APPROVAL_STATUSES, type ApprovalStatus, type RegionId, type TrafficLightColour, type StepStatus, type GuidingDocumentKind, type StepEvidenceKind, type EvaluationFinding, type ExternalEvaluationStatus, type SurveyAudience, type NotificationKind, type WorkSectionKey, type InspectionStatus, type Ownership, type ReportAudience, type ReportStatus, type Role, type CalibrationStatus } from './vocabulary.ts';
import type { WorkItemKind } from './kinds/standards/work-list.ts';
import type { ModelKind } from './model/schema.ts';
import type { FactItemKind, FactSource, SpecialSituation } from './analytics/facts.ts';
import type { LocalRule } from './analytics/local-rules.ts';
import type { ConsistencyFlag } from './analytics/consistency.ts';
import type { ReliabilityBand } from './calibration/round-results.ts';
import type { SampleStratum } from './quality-review/draw-sample.ts';

export const RESULT_LABEL: Record<CriterionResult, string> = { met: 'opfyldt', not_met: 'ikke opfyldt' };
export const MARKER_STATE_LABEL: Record<MarkerState, string> = {
  present: 'til stede',
  absent: 'ikke til stede',
  not_applicable: 'ikke aktuel',
};
export const PHASE_LABEL: Record<Phase, string> = { approval: 'godkendelse', operation: 'driftsorienteret tilsyn' };
export const EXPECTATION_LABEL: Record<Expectation, string> = {
  expected_met: 'forventes at kunne opfylde',
  expected_not_met: 'forventes ikke at kunne opfylde',
};
export const DECISION_LABEL: Record<Decision, string> = {
  refusal: 'afslag',
  approval_with_conditions: 'godkendelse med vilkår',
  injunction: 'påbud',
  enhanced_supervision: 'skærpet tilsyn',
  enhanced_supervision_with_injunction: 'skærpet tilsyn med påbud',
  revocation: 'ophør af godkendelsen',
};

export const LEGAL_BASIS_LABEL: Record<LegalBasis, string> = {
  'sel-66-1-5': 'SEL § 66, stk. 1, nr. 5',
  'sel-66-1-6': 'SEL § 66, stk. 1, nr. 6',
  'sel-66-1-6-sikret': 'SEL § 66, stk. 1, nr. 6 (sikret)',
  'sel-66-1-7': 'SEL § 66, stk. 1, nr. 7',
  'sel-101': 'SEL § 101 (døgnbehandling)',
  'sel-101-ambulant': 'SEL § 101 (ambulant behandling)',
  'sel-101a': 'SEL § 101 a (døgnbehandling)',
  'sel-101a-ambulant': 'SEL § 101 a (ambulant behandling)',
  'sul-141': 'SUL § 141 (døgnbehandling)',
  'sul-141-ambulant': 'SUL § 141 (ambulant behandling)',
  'sel-103': 'SEL § 103',
  'sel-104': 'SEL § 104',
  'sel-105': 'SEL § 105',
  'sel-107': 'SEL § 107',
  'sel-108': 'SEL § 108',
  'sel-109': 'SEL § 109',
  'sel-110': 'SEL § 110',
};

export const OWNERSHIP_LABEL: Record<Ownership, string> = {
  kommunal: 'Kommunal',
  regional: 'Regional',
  privat: 'Privat',
};

/**
 * The economy row of the overview. Seed 004 asks for a written assessment of "tilbuddets eller
 * plejefamiliens økonomi": a foster family is not assessed on price.
 */
export const ECONOMY_DESCRIPTION: Record<'provider' | 'fosterFamily', string> = {
  provider: 'Økonomisk bæredygtighed, kvalitet i forhold til prisen og gennemsigtighed',
  fosterFamily: 'Plejefamiliens økonomi',
};

/** The seed documents by their publisher and title (a catalog names its source by file). */
export const SOURCE_TITLE: Record<string, string> = {
  '000_c460281f38ca3e08.txt': 'Socialtilsynene: Kvalitetsmodel for tilbud og Kvalitetsmodel for plejefamilier',
  '001_e477f9cfa9ee2eef.txt': 'Social- og Boligstyrelsens Auditfunktion: Socialtilsynenes brug af kvalitetsscorer',
  '002_22313cc442a8a875.txt': 'Socialstyrelsen: Kvalitetsmodel for socialtilsyn – temaer, kriterier og indikatorer for sociale tilbud',
  '003_1db3375d03181d02.txt': 'Danske Regioner: Dansk Kvalitetsmodel på det sociale område',
  '004_6bfbedb4429c9826.txt': 'Auditfunktionen: Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter',
};

/** Who a sent report version is published to. */
export const AUDIENCE_DESCRIPTION: Record<ReportAudience, string> = {
  public: 'Alle (tilbudsportalen): den samlede vurdering, temavurderingerne og vurderingen af økonomien',
  municipality: 'Kommunerne: plejefamiliers konklusioner er ikke offentlige',
  applicant: 'Kun ansøgeren: et afslag på godkendelse offentliggøres ikke',
};

export const PROVIDER_FLAG_LABEL: Record<ProviderFlag, string> = {
  aflastning: 'Alene godkendt til aflastning',
  bestyrelse: 'Privat tilbud med bestyrelse',
};

export const TYPOLOGY_LABEL: Record<Typology, string> = {
  almindelig: 'almindelig plejefamilie',
  forstaerket: 'forstærket plejefamilie',
  specialiseret: 'specialiseret plejefamilie',
};

/** What a report or a page shows for a value nobody has assessed yet. */
export const NOT_ASSESSED = 'ikke vurderet';

export const CONCLUSION_LABEL: Record<QualityConclusion, string> = {
  sufficient: 'Fornøden kvalitet',
  insufficient: 'Ikke fornøden kvalitet',
  incomplete: 'Vurderingen er ikke afsluttet',
};

export const ENTITY_KIND_LABEL: Record<ReportEntityKind, string> = { provider: 'Tilbud', fosterFamily: 'Plejefamilie' };

export const RISK_LABEL: Record<ReportRisk, string> = { green: 'grøn', yellow: 'gul', red: 'rød' };

/** A visit's outcome: held, or aborted on arrival (it then does not count as held). */
export const VISIT_STATUS_LABEL: Record<ReportVisitStatus, string> = {
  planned: 'planlagt',
  held: 'afholdt',
  aborted: 'afbrudt ved ankomst',
};

/**
 * An average with a decimal comma, at most `decimals` decimals (config/report.json): 3.5 → "3,5",
 * 13/3 → "4,33"; null → `none`. Screens and reports write the same value the same way.
 */
export function formatAverage(value: number | null, decimals = 2, none = 'ikke bedømt'): string {
  if (value === null) return none;
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(rounded).replace('.', ',');
}

/** A label at the start of a sentence or a table cell. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The model kinds as the command line and the model pages name them. */
export const KIND_LABEL: Record<ModelKind, string> = {
  binary: 'binær',
  scored: 'scoret',
  standards: 'standarder',
};

/** The model kinds on the model pages, with the scored model's scale. */
export const MODEL_KIND_LONG_LABEL: Record<ModelKind, string> = {
  binary: 'binær',
  scored: 'scoret (1–5)',
  standards: 'standarder',
};

export const ROLE_LABEL: Record<Role, string> = {
  inspector: 'Tilsynskonsulent',
  manager: 'Leder',
  provider: 'Tilbud/plejefamilie',
  municipality: 'Kommune',
  auditor: 'Auditfunktionen',
  admin: 'Administrator',
  region: 'Kvalitetskonsulent i regionen',
  surveyor: 'Ekstern surveyor',
};

/** The five regions (seed 003). */
export const REGION_LABEL: Record<RegionId, string> = {
  nordjylland: 'Region Nordjylland',
  midtjylland: 'Region Midtjylland',
  syddanmark: 'Region Syddanmark',
  sjaelland: 'Region Sjælland',
  hovedstaden: 'Region Hovedstaden',
};

export const INSPECTION_STATUS_LABEL: Record<InspectionStatus, string> = { planned: 'Planlagt', in_progress: 'I gang', completed: 'Afsluttet', cancelled: 'Aflyst' };

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  draft: 'Kladde',
  review: 'Til kvalitetssikring',
  hearing: 'I faktuel høring',
  final: 'Afsluttet',
  sent: 'Sendt',
};

/** A provider's approval status, as the portal shows it. */
export const APPROVAL_STATUS_LABEL: Record<ApprovalStatus, string> = {
  approved: 'Godkendt',
  approved_with_conditions: 'Godkendt med vilkår',
  pending: 'Afventer godkendelse',
  revoked: 'Godkendelsen er ophørt',
};

/** The label of a stored approval status; undefined for a value outside the list. */
export function approvalStatusLabel(status: string): string | undefined {
  const known = APPROVAL_STATUSES.find((s) => s === status);
  return known && APPROVAL_STATUS_LABEL[known];
}

/** How the citizen's or the child's perspective was shed light on, and the interview's form. */
export const METHOD_LABEL: Record<PerspectiveMethod, string> = {
  interview: 'Interview',
  observation: 'Observation',
  triangulation: 'Triangulering med én anden kilde',
  child_conversation_minutes: 'Dokumentanalyse af referat fra børnesamtaler',
};
/** A child's perspective in the seed's own words (plejefamilier). */
export const CHILD_METHOD_LABEL: Record<PerspectiveMethod, string> = {
  interview: 'Interview af barnet',
  observation: 'Observation af plejefamiliens samspil med barnet',
  triangulation: 'Triangulering med pårørende, rådgiver eller anden professionel omkring barnet',
  child_conversation_minutes: 'Dokumentanalyse af referat fra børnesamtaler',
};
export const FORM_LABEL: Record<InterviewForm, string> = {
  physical: 'Fysisk',
  phone: 'Telefonisk',
  virtual: 'Virtuelt',
  written: 'Skriftligt',
};

/** Shown on every page of a database that holds the fictional demo data, and logged at start. */
export const DEMO_BANNER = 'Demodata — fiktive personer og kendte adgangskoder';

/** Analytics (seed 001): the items, values, sources and special situations the facts hold. */
export const FACT_ITEM_KIND_LABEL: Record<FactItemKind, string> = {
  indicator: 'Indikator',
  criterion: 'Kriterium',
  marker: 'Tegn',
  economy: 'Økonomi',
  sufficient_quality: 'Fornøden kvalitet',
  decision: 'Afgørelse',
};
export const FACT_SOURCE_LABEL: Record<FactSource, string> = { native: 'Fra tilsyn', imported: 'Importeret' };
export const SPECIAL_SITUATION_LABEL: Record<SpecialSituation, string> = {
  without_child: 'Plejefamilie midlertidigt uden barn i pleje',
  new_without_child: 'Ny plejefamilie uden barn i pleje',
  department_level: 'Vurdering af en afdeling',
  adult_with_child_places: 'Voksentilbud med pladser til børn og unge (indikatorer kun for børn og unge)',
};
export const LOCAL_RULE_LABEL: Record<LocalRule, string> = {
  carry_forward: 'Bedømmelsen fra seneste tilsyn fastholdes',
  prior_knowledge: 'Bedømmes ud fra det kendskab, socialtilsynet har i forvejen',
  score_1_selected: 'Udvalgte indikatorer scores 1',
  score_1_all: 'Alle indikatorer scores 1',
  score_4_all: 'Alle indikatorer scores 4',
  assess_normally: 'Bedømmes som i andre tilsyn',
};
/** A fact's value in words: scores as numbers, outcomes as the report words them. */
export const FACT_VALUE_LABEL: Record<string, string> = {
  expected_met: 'forventes opfyldt',
  expected_not_met: 'forventes ikke opfyldt',
  met: 'opfyldt',
  not_met: 'ikke opfyldt',
  present: 'til stede',
  absent: 'ikke til stede',
  not_applicable: 'ikke relevant',
  sufficient: 'fornøden kvalitet',
  insufficient: 'ikke fornøden kvalitet',
};

/** The scale's own words for each score (seed 002: "I meget høj grad opfyldt" …), as they appear mid-sentence. */
export const SCORE_WORDS: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: 'i meget høj grad',
  4: 'i høj grad',
  3: 'i middel grad',
  2: 'i lav grad',
  1: 'i meget lav grad',
};
export const CONSISTENCY_FLAG_LABEL: Record<ConsistencyFlag, string> = {
  scale_wording: 'Skalaens ordlyd i teksten passer ikke til scoren',
  met_with_absent_marker: 'Kriteriet er opfyldt, men begrundelsen siger, at et tegn er "ikke til stede"',
};

/** The traffic light's colours in words, so colour is never the only sign (seed 003). */
export const TRAFFIC_LIGHT_LABEL: Record<TrafficLightColour, string> = { red: 'Rødt', yellow: 'Gult', green: 'Grønt' };

export const STEP_STATUS_LABEL: Record<StepStatus, string> = { not_started: 'Ikke påbegyndt', in_progress: 'I gang', fulfilled: 'Opfyldt' };
export const GUIDING_DOCUMENT_KIND_LABEL: Record<GuidingDocumentKind, string> = { vejledning: 'Vejledning', instruks: 'Instruks' };
export const STEP_EVIDENCE_KIND_LABEL: Record<StepEvidenceKind, string> = { briefing: 'Gennemgang for medarbejdere', staff_asked: 'Medarbejdere spurgt', other: 'Andet' };
export const EVALUATION_FINDING_LABEL: Record<EvaluationFinding, string> = { fulfilled: 'Opfyldt', partly: 'Delvist opfyldt', not_fulfilled: 'Ikke opfyldt' };
export const EXTERNAL_EVALUATION_STATUS_LABEL: Record<ExternalEvaluationStatus, string> = { planned: 'Planlagt', in_progress: 'I gang', draft: 'Udkast til institutionen', final: 'Endelig' };
export const SURVEY_AUDIENCE_LABEL: Record<SurveyAudience, string> = { users: 'Brugerundersøgelse', relatives: 'Pårørendeundersøgelse' };
export const WORK_ITEM_LABEL: Record<WorkItemKind, string> = {
  self_evaluation: 'Selvevaluering',
  external_evaluation: 'Ekstern evaluering',
  document_review: 'Dokument skal revideres',
  evaluation_action: 'Handling efter ekstern evaluering',
  self_evaluation_action: 'Handling fra selvevalueringen',
  draft_comment: 'Udkast til evalueringsrapport venter på institutionens bemærkninger',
  description_approval: 'Lokal beskrivelse venter på regionens godkendelse',
  self_evaluation_acknowledgement: 'Selvevaluering venter på regionens kvittering',
};

/** A notification in a sentence, before the inspection's name. */
export const NOTIFICATION_LABEL: Record<NotificationKind, string> = {
  report_returned: 'Rapporten er sendt tilbage til dig fra kvalitetssikringen',
  review_waiting: 'En rapport venter på kvalitetssikring',
  hearing_sent: 'En rapport er sendt i høring hos jer',
  hearing_answered: 'Høringen er besvaret',
  report_sent: 'Den endelige rapport er sendt',
};

/** The start page's work-list sections (issue 12). */
export const WORK_SECTION_LABEL: Record<WorkSectionKey, string> = {
  my_inspections: 'Mine åbne tilsyn',
  visits_this_week: 'Besøg i denne uge',
  reports_returned: 'Rapporter sendt tilbage til mig',
  hearings_over: 'Høringer, der er slut (klar til at afslutte)',
  follow_ups: 'Opfølgning, der skal indhentes',
  calibration_to_answer: 'Kalibreringsrunder, du skal svare på',
  review_feedback: 'Nye tilbagemeldinger på dine rapporter (30 dage)',
  reviews_waiting: 'Rapporter, der venter på kvalitetssikring',
  without_lead: 'Tilsyn uden tilsynsførende',
  annual_due: 'Årligt tilsyn overskredet eller inden for 30 dage',
  decision_deadlines: 'Påbudsfrister og skærpet tilsyn, der udløber inden for 30 dage',
  hearings_past_deadline: 'Rapporter i høring efter fristen',
  hearings_to_answer: 'Høringer, I skal svare på',
  new_reports: 'Nye endelige rapporter (30 dage)',
  new_conclusions: 'Nye konklusioner for plejefamilier (30 dage)',
};

/** The audit trail's field names in Danish (issue 12); a field not named here is shown by its key. */
export const AUDIT_FIELD_LABEL: Record<string, string> = {
  id: 'Id', title: 'Titel', status: 'Status', risk: 'Risikokategori', reason: 'Begrundelse', phase: 'Fase', version: 'Version',
  modelId: 'Kvalitetsmodel', modelVersion: 'Modelversion', authorityId: 'Socialtilsyn', providerId: 'Tilbud', fosterFamilyId: 'Plejefamilie',
  deskBasedReason: 'Skrivebordstilsyn (begrundelse)', leadInspectorId: 'Tilsynsførende', coInspectorIds: 'Øvrige tilsynskonsulenter',
  plannedFrom: 'Planlagt fra', plannedTo: 'Planlagt til', plannedOn: 'Planlagt dato', announced: 'Anmeldt', note: 'Note',
  kind: 'Art', deadline: 'Frist', endsOn: 'Slutter', decidedBy: 'Truffet af', decidedAt: 'Truffet', changedBy: 'Ændret af', changedAt: 'Ændret',
  markerId: 'Markør', method: 'Metode', collectedOn: 'Indhentet', criterionId: 'Kvalitetskriterium', description: 'Beskrivelse',
  hearingDeadline: 'Frist for høringssvar', hearingAnswer: 'Høringssvar', authorId: 'Forfatter', reviewComments: 'Kvalitetssikring',
  createdAt: 'Oprettet', updatedAt: 'Ændret', inspectionId: 'Tilsyn', number: 'Versionsnummer', sentAt: 'Sendt', content: 'Indhold',
};

/** Krippendorff's bands for alpha, in words (issue 13). */
export const RELIABILITY_BAND_LABEL: Record<ReliabilityBand, string> = { reliable: 'pålidelig', tentative: 'foreløbig', unreliable: 'ikke pålidelig' };
export const CALIBRATION_STATUS_LABEL: Record<CalibrationStatus, string> = { open: 'Åben', closed: 'Lukket' };
export const SAMPLE_STRATUM_LABEL: Record<SampleStratum, string> = { inspector: 'Tilsynsførende', phase: 'Fase', model: 'Model', risk: 'Risikokategori' };
