// Builds the whole demo as plain data, without touching the database: users, providers, foster
// families and every inspection with its risk history, visits, follow-ups, assessments and
// decisions. Pure and deterministic (a seeded PRNG per entity, fixed dates), so the demo is the
// same on every run and the test can rebuild it.
import type { ModelRegistry } from '../catalog/model-registry.ts';
import type { BinaryModel } from '../core/kinds/binary/catalog.ts';
import type { Model } from '../core/model/schema.ts';
import type { ScoredModel } from '../core/kinds/scored/catalog.ts';
import type { Entity, Phase } from '../core/assessment/assessment-input.ts';
import type { MarkerState } from '../core/kinds/binary/assessment-input.ts';
import { markerApplies, excludedIndicatorIds } from '../core/assessment/applicability.ts';
import type { Decision } from '../core/assessment/decision-options.ts';
import { createPrng, seedFrom, type Prng } from '../core/prng.ts';
import { buildDemoReports, type DemoReport } from './demo-reports.ts';
import {
  DEMO_FOSTER_FAMILIES,
  DEMO_PROVIDERS,
  type AuthorityId,
  type FosterFamilySpec,
  type PlanKind,
  type PlannedInspection,
  type ProviderSpec,
} from './demo-entities.ts';
import { INDICATOR_TEXTS, PLEJEFAMILIE_ECONOMY, PLEJEFAMILIE_TEXTS, REMEDY, TILBUD_ECONOMY, TILBUD_TEXTS, genitive, groupGenitive, type CriterionTexts, type FamilyContext, type ProviderContext } from './demo-texts.ts';
import { capitalise } from '../core/labels.ts';
import { addMonths, formatDanishDate } from '../core/calendar.ts';

export type Risk = 'green' | 'yellow' | 'red';
export type InspectionStatus = 'planned' | 'in_progress' | 'completed' | 'cancelled';
export type Role = 'inspector' | 'manager' | 'provider' | 'municipality' | 'auditor' | 'admin';

export type DemoUser = {
  username: string;
  displayName: string;
  role: Role;
  authorityId: AuthorityId | null;
  providerName: string | null;
  fosterFamilyName: string | null;
};

type CriterionData = { result: 'met' | 'not_met'; justification: string; doubt: boolean };
/** The engine's input without model, phase and entity (those come from the inspection and the entity). */
export type BinaryData = {
  markers: Record<string, MarkerState>;
  criteria: Record<string, CriterionData>;
  economy?: { result: 'met' | 'not_met'; justification: string };
};
export type ScoredData = {
  indicators: Record<string, { score: number; text: string }>;
  criteria: Record<string, { justification: string }>;
  economy?: { result: 'met' | 'not_met'; justification: string };
  conclusion?: { sufficientQuality: boolean; justification: string };
};

export type DemoInspection = {
  authorityId: AuthorityId;
  providerName: string | null;
  fosterFamilyName: string | null;
  phase: Phase;
  modelId: string;
  modelVersion: string;
  status: InspectionStatus;
  risk: Risk;
  title: string;
  /** What the demo meant with it; kept in the audit entry. */
  kind: PlanKind;
  /** Usernames: the inspector who did the work, the manager who decides (and reviews the report). */
  inspector: string;
  manager: string;
  createdAt: Date;
  updatedAt: Date;
  riskChanges: { risk: Risk; reason: string; changedBy: string; changedAt: Date }[];
  visits: { plannedOn: string; announced: boolean; status: 'planned' | 'held' | 'aborted'; note: string }[];
  followUps: { markerId: string; stepIndex: number; method: string; note: string; collectedOn: string | null }[];
  assessments: { departmentName: string | null; data: BinaryData | ScoredData; updatedBy: string; updatedAt: Date }[];
  decisions: { kind: Decision; deadline: string | null; endsOn: string | null; note: string; decidedBy: string; decidedAt: Date }[];
};

export type DemoPlan = {
  users: DemoUser[];
  providers: ProviderSpec[];
  fosterFamilies: FosterFamilySpec[];
  inspections: DemoInspection[];
  /** Reports of completed inspections: sent (published), in hearing and in review. */
  reports: DemoReport[];
};

export const AUTHORITY_SHORT: Record<AuthorityId, string> = {
  nord: 'Nord',
  midt: 'Midt',
  syd: 'Syd',
  oest: 'Øst',
  hovedstaden: 'Hovedstaden',
};

export const BROWSER_TEST_PROVIDER_NAME = 'Bostedet Lærkereden';
export const BROWSER_TEST_INSPECTION_TITLE = `Driftsorienteret tilsyn 2026 – ${BROWSER_TEST_PROVIDER_NAME}`;
/** The Nord foster family without a child in care whose previous assessment is shown to be confirmed. */
export const NO_CHILD_FOSTER_FAMILY_NAME = 'Plejefamilien Krogh';

// ── dates ─────────────────────────────────────────────────────────────────────────────────
// Fixed: the demo is anchored in the autumn of 2026, whatever day it is seeded.

const parse = (d: string): Date => new Date(`${d}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (d: string, n: number): string => iso(new Date(parse(d).getTime() + n * 86_400_000));
/** Moves a Saturday or Sunday to the Monday after. */
const weekday = (d: string): string => {
  const w = parse(d).getUTCDay();
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
};
const at = (d: string, hour: number): Date => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);
const danishDate = formatDanishDate;
const minDate = (a: string, b: string): string => (a < b ? a : b);

// ── users ─────────────────────────────────────────────────────────────────────────────────

const AUTHORITY_IDS = Object.keys(AUTHORITY_SHORT) as AuthorityId[];

function demoUsers(): DemoUser[] {
  const none = { authorityId: null, providerName: null, fosterFamilyName: null };
  return [
    ...AUTHORITY_IDS.flatMap((a): DemoUser[] => {
      const short = AUTHORITY_SHORT[a];
      const staff = { authorityId: a, providerName: null, fosterFamilyName: null };
      return [
        { username: `inspektoer-${a}`, displayName: `Tilsynskonsulent ${short}`, role: 'inspector', ...staff },
        { username: `inspektoer2-${a}`, displayName: `Tilsynskonsulent ${short} 2`, role: 'inspector', ...staff },
        { username: `leder-${a}`, displayName: `Leder ${short}`, role: 'manager', ...staff },
      ];
    }),
    { username: 'kommune-demo', displayName: 'Sagsbehandler, Demo Kommune', role: 'municipality', ...none },
    { username: 'revisor', displayName: 'Auditfunktionen', role: 'auditor', ...none },
    { username: 'admin', displayName: 'Driftsadministrator', role: 'admin', ...none },
    { username: 'tilbud-demo', displayName: `Leder, ${BROWSER_TEST_PROVIDER_NAME}`, role: 'provider', ...none, providerName: BROWSER_TEST_PROVIDER_NAME },
    { username: 'plejefamilie-demo', displayName: NO_CHILD_FOSTER_FAMILY_NAME, role: 'provider', ...none, fosterFamilyName: NO_CHILD_FOSTER_FAMILY_NAME },
  ];
}

// ── assessments ───────────────────────────────────────────────────────────────────────────

type Outcome = 'met' | 'doubt' | 'not_met';

function binaryData<C>(
  model: BinaryModel,
  entity: Entity,
  texts: Record<string, CriterionTexts<C>>,
  ctx: C,
  options: { phase: Phase; outcomes: Record<string, Outcome>; prng: Prng; only?: number; noChild?: boolean; economy?: BinaryData['economy'] },
): BinaryData {
  const data: BinaryData = { markers: {}, criteria: {} };
  const criteria = model.themes.flatMap((t) => t.criteria).slice(0, options.only);
  for (const criterion of criteria) {
    const t = texts[criterion.id];
    if (!t) throw new Error(`demo: ingen tekster til ${model.id} ${criterion.id}`);
    const outcome = options.outcomes[criterion.id] ?? 'met';
    let justification: string;
    let absent: string[] = [];
    if (outcome === 'not_met') {
      const source = options.phase === 'approval' ? (t.approvalNotMet ?? t.notMet) : t.notMet;
      justification = source.text(ctx);
      absent = source.absent;
    } else if (outcome === 'doubt') {
      justification = t.doubt(ctx);
    } else if (options.phase === 'approval') {
      justification = t.approval(ctx);
    } else if (options.noChild && t.noChild) {
      justification = t.noChild(ctx);
    } else {
      justification = options.prng.pick(t.met)(ctx);
    }
    for (const marker of criterion.markers) {
      data.markers[marker.id] = !markerApplies(marker, entity) ? 'not_applicable' : absent.includes(marker.id) ? 'absent' : 'present';
    }
    data.criteria[criterion.id] = { result: outcome === 'not_met' ? 'not_met' : 'met', justification, doubt: outcome === 'doubt' };
  }
  if (options.economy) data.economy = options.economy;
  return data;
}

/** `whole`: the provider as a whole (not a department), with the economy and the conclusion when the inspection is completed. */
/** A criterion's written assessment in the demo: concrete about the provider, not the model's wording. */
const SCORED_CRITERION_TEXT = (c: ProviderContext, n: number): string =>
  `Samlet for kriterium ${n}: ${c.Citizens} og medarbejderne gav ved besøget i ${c.year} samstemmende eksempler, og dokumentationen understøtter det, der er beskrevet ved indikatorerne.`;

function scoredData(model: ScoredModel, entity: Entity, ctx: ProviderContext, prng: Prng, whole: { completed: boolean; economyNotMet: boolean } | null): ScoredData {
  const excluded = new Set(excludedIndicatorIds(model, entity));
  const base = prng.int(3, 4);
  const indicators: ScoredData['indicators'] = {};
  const criteria: ScoredData['criteria'] = {};
  for (const theme of model.themes) {
    for (const criterion of theme.criteria) {
      if (criterion.indicators.some((i) => !excluded.has(i.id))) {
        criteria[criterion.id] = { justification: SCORED_CRITERION_TEXT(ctx, criterion.number) };
      }
      for (const indicator of criterion.indicators) {
        if (excluded.has(indicator.id)) continue;
        const texts = INDICATOR_TEXTS[indicator.id];
        if (!texts) throw new Error(`demo: ingen tekst til indikator ${indicator.id}`);
        const score = Math.max(1, Math.min(5, base + prng.pick([-1, 0, 0, 1, 1])));
        indicators[indicator.id] = { score, text: (score >= 4 ? texts[0] : texts[1])(ctx) };
      }
    }
  }
  if (!whole?.completed) return { indicators, criteria };
  return {
    indicators,
    criteria,
    economy: whole.economyNotMet ? { result: 'not_met', justification: TILBUD_ECONOMY.notMet(ctx) } : { result: 'met', justification: TILBUD_ECONOMY.met(ctx) },
    conclusion: whole.economyNotMet
      ? { sufficientQuality: false, justification: `${ctx.name} har ikke den fornødne kvalitet, fordi økonomien ikke er opfyldt; indsatsen over for ${ctx.citizens} er i øvrigt på niveau med scorerne ovenfor.` }
      : { sufficientQuality: true, justification: `${ctx.name} har den fornødne kvalitet: scorerne ligger samlet på ${base} eller derover, og økonomien er opfyldt.` },
  };
}

/** Picks `n` distinct items. */
function pickDistinct<T>(prng: Prng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(prng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

function outcomesFor(kind: PlanKind, modelId: 'tilbud' | 'plejefamilie', prng: Prng): Record<string, Outcome> {
  const all = modelId === 'tilbud' ? ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'] : ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
  const result: Record<string, Outcome> = {};
  const set = (ids: string[], o: Outcome) => ids.forEach((id) => (result[id] = o));
  const rest = () => all.filter((id) => !(id in result));
  const t = modelId === 'tilbud';
  switch (kind) {
    case 'doubt':
      set(pickDistinct(prng, all, prng.int(1, 2)), 'doubt');
      break;
    case 'injunction':
      set(pickDistinct(prng, t ? ['k2', 'k3', 'k4', 'k5', 'k9'] : ['k2', 'k3', 'k6'], 1), 'not_met');
      if (prng.chance(0.5)) set(pickDistinct(prng, rest(), 1), 'doubt');
      break;
    case 'enhanced':
      set(t ? ['k6', prng.pick(['k7', 'k8'])] : ['k4', 'k5'], 'not_met');
      break;
    case 'enhanced_injunction':
      set(pickDistinct(prng, t ? ['k1', 'k3', 'k4', 'k5', 'k7', 'k8'] : ['k1', 'k3', 'k5', 'k6'], 2), 'not_met');
      set(pickDistinct(prng, rest(), 1), 'doubt');
      break;
    case 'approval_conditions':
      set([t ? 'k9' : 'k6'], 'not_met');
      break;
    case 'refusal':
      set(['k4'], 'not_met');
      break;
    default:
      break;
  }
  return result;
}

// ── contexts for the texts ───────────────────────────────────────────────────────────────

/** Method names that keep their capitals inside a sentence; acronyms (KRAP, TEACCH) keep them anyway. */
const PROPER_METHODS = ['Low Arousal', 'Marte Meo', 'Circle of Security', 'Critical Time Intervention', 'Minnesota-modellen', 'Aggression Replacement Training'];
const inSentence = (method: string): string =>
  PROPER_METHODS.includes(method) || /^[A-ZÆØÅ]{2}/.test(method) ? method : method.charAt(0).toLowerCase() + method.slice(1);

function providerContext(spec: ProviderSpec, year: number, name = spec.name): ProviderContext {
  return {
    name,
    nameGen: genitive(name),
    citizens: spec.citizens,
    Citizens: capitalise(spec.citizens),
    citizensGen: groupGenitive(spec.citizens),
    target: spec.targetGroups[0] ?? 'målgruppen',
    method: inSentence(spec.methods[0] ?? 'tilbuddets metode'),
    method2: inSentence(spec.methods[1] ?? spec.methods[0] ?? 'tilbuddets metode'),
    municipality: spec.municipality,
    year,
    hasBoard: spec.flags.includes('bestyrelse'),
  };
}

const DEMO_YEAR = 2026;
/** How the services word an inspection's first risk entry (FIRST_RISK_REASON of the inspection services). */
const FIRST_RISK_REASON = 'Første risikovurdering';

function familyContext(spec: FosterFamilySpec, year: number, prng: Prng): FamilyContext & { childrenAtTime: number } {
  // Earlier inspections happened while a child was in care; this year's reflect today's number.
  const childrenAtTime = year < DEMO_YEAR ? Math.max(1, spec.childrenInCare) : spec.childrenInCare;
  const plural = childrenAtTime > 1;
  const child = plural ? 'børnene' : 'barnet';
  return {
    name: spec.name,
    municipality: spec.municipality,
    child,
    Child: capitalise(child),
    childGen: plural ? 'børnenes' : 'barnets',
    childDescription: spec.childDescription,
    childIntro:
      childrenAtTime > 0
        ? `${spec.name} har ${spec.childDescription} i pleje, anbragt af ${spec.municipality}.`
        : `${spec.name} har ikke aktuelt et barn i pleje; bedømmelsen bygger på forløbet med ${spec.childDescription}.`,
    activity: prng.pick(['fodbold', 'svømning', 'spejder', 'ridning', 'håndbold', 'musikskole']),
    specialised: spec.typology === 'specialiseret',
    year,
    childrenAtTime,
  };
}

// ── one inspection ────────────────────────────────────────────────────────────────────────

const COMPLETED: PlanKind[] = ['ok', 'doubt', 'injunction', 'enhanced', 'enhanced_injunction', 'approval_ok', 'approval_conditions', 'refusal', 'scored'];
const IN_PROGRESS: PlanKind[] = ['in_progress', 'aborted', 'approval_in_progress', 'browser', 'confirm_previous'];
const APPROVAL: PlanKind[] = ['approval_ok', 'approval_conditions', 'refusal', 'approval_in_progress'];

const statusOf = (kind: PlanKind): InspectionStatus =>
  COMPLETED.includes(kind) ? 'completed' : IN_PROGRESS.includes(kind) ? 'in_progress' : kind === 'planned' ? 'planned' : 'cancelled';

type Subject =
  | { type: 'provider'; spec: ProviderSpec; entity: Entity }
  | { type: 'family'; spec: FosterFamilySpec; entity: Entity };

type Staff = { inspector: string; manager: string };

const criterionNumbers = (ids: string[]): string => {
  const numbers = ids.map((id) => id.replace(/^k/, ''));
  return numbers.length === 1 ? `kriterium ${numbers[0]}` : `kriterierne ${numbers.slice(0, -1).join(', ')} og ${numbers.at(-1)}`;
};

type Schedule = { created: string; visit1: string; visit2: string | null; done: string };

function completedSchedule(kind: PlanKind, year: number, prng: Prng, approvedOn: string | null, widened: boolean): Schedule {
  if (APPROVAL.includes(kind) && approvedOn && approvedOn.startsWith(String(year))) {
    // An approval ends on the day of approval; work backwards from it.
    const done = approvedOn;
    const visit2 = weekday(addDays(done, -prng.int(20, 30)));
    const visit1 = weekday(addDays(visit2, -prng.int(14, 21)));
    return { created: addDays(visit1, -prng.int(21, 30)), visit1, visit2, done };
  }
  const created = addDays(`${year}-02-02`, prng.int(0, 110));
  const visit1 = weekday(addDays(created, prng.int(21, 35)));
  const visit2 = widened ? weekday(addDays(visit1, prng.int(14, 28))) : null;
  const done = weekday(addDays(visit2 ?? visit1, prng.int(25, 40)));
  return { created, visit1, visit2, done };
}

function buildInspection(
  registry: ModelRegistry,
  subject: Subject,
  plan: PlannedInspection,
  staff: Staff,
  previous: DemoInspection | undefined,
): DemoInspection {
  const { kind, year } = plan;
  const isProvider = subject.type === 'provider';
  const name = subject.spec.name;
  const prng = createPrng(seedFrom(`demo:${name}:${kind}:${year}`));
  const phase: Phase = APPROVAL.includes(kind) ? 'approval' : 'operation';
  const modelId = kind === 'scored' ? 'tilbud-2017' : isProvider ? 'tilbud' : 'plejefamilie';
  const model: Model | undefined = registry.get(modelId);
  if (!model || model.kind === 'standards') throw new Error(`demo: modellen ${modelId} findes ikke`);
  const status = statusOf(kind);
  const title = `${phase === 'approval' ? 'Godkendelse' : 'Driftsorienteret tilsyn'} ${year} – ${name}`;
  const { inspector, manager } = staff;
  const announcedByDefault = phase === 'approval' || !isProvider;

  const inspection: DemoInspection = {
    authorityId: subject.spec.authorityId,
    providerName: isProvider ? name : null,
    fosterFamilyName: isProvider ? null : name,
    phase,
    modelId,
    modelVersion: model.version,
    status,
    risk: 'green',
    title,
    kind,
    inspector,
    manager,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    riskChanges: [],
    visits: [],
    followUps: [],
    assessments: [],
    decisions: [],
  };
  // The first entry starts as the services' first entry does ("Første risikovurdering").
  const risk = (r: Risk, reason: string, day: string, hour = 10) => {
    const text = inspection.riskChanges.length === 0 ? `${FIRST_RISK_REASON}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : reason;
    inspection.riskChanges.push({ risk: r, reason: text, changedBy: inspector, changedAt: at(day, hour) });
    inspection.risk = r;
  };
  const visit = (plannedOn: string, status: 'planned' | 'held' | 'aborted', announced: boolean, note: string) =>
    inspection.visits.push({ plannedOn, status, announced, note });

  const planningGreen =
    phase === 'approval'
      ? 'Godkendelsessag; risikovurderingen bygger på ansøgningen og de indsendte oplysninger; godkendelsesdesignet gennemføres ved anmeldte besøg.'
      : isProvider
        ? 'Ingen bekymringshenvendelser eller væsentlige ændringer siden seneste tilsyn. Minimumsdesignet gennemføres ved ét uanmeldt besøg.'
        : 'Ingen bekymringer fra anbringende kommune og ingen væsentlige ændringer i familien siden seneste tilsyn.';
  const withoutChild = subject.type === 'family' && year >= DEMO_YEAR && subject.spec.childrenInCare === 0;
  const heldNote = (first: boolean): string =>
    phase === 'approval'
      ? first
        ? isProvider
          ? 'Godkendelsesbesøg: besigtigelse af de fysiske rammer og interview af den kommende ledelse.'
          : 'Første hjemmebesøg: interview af ansøgerne og besigtigelse af hjemmet.'
        : isProvider
          ? 'Andet godkendelsesbesøg: gennemgang af procedurer, budget og rekrutteringsplan.'
          : 'Andet hjemmebesøg: interview af ansøgerne hver for sig og samtale med familiens egne børn.'
      : first
        ? isProvider
          ? `Uanmeldt besøg: interview af leder og to medarbejdere, samtale med tre af ${(subject.spec as ProviderSpec).citizens} og observation af fællesarealer.`
          : withoutChild
            ? 'Anmeldt besøg i hjemmet: plejefamilien har ikke aktuelt et barn i pleje. Interview af plejeforældrene og besigtigelse af hjemmet og værelset.'
            : 'Anmeldt besøg i hjemmet: interview af plejeforældrene, samtale med barnet alene og observation af hjemmet.'
        : isProvider
          ? 'Anmeldt opfølgende besøg: udvidet design med dokumentanalyse, interview af flere medarbejdere og observation.'
          : 'Anmeldt opfølgende besøg: interview af plejeforældrene hver for sig og fornyet samtale med barnet.';

  // Outcomes, design and dates.
  const binaryModelId = modelId === 'plejefamilie' ? 'plejefamilie' : 'tilbud';
  const outcomes = model.kind === 'binary' ? outcomesFor(kind, binaryModelId, prng) : {};
  const notMet = Object.keys(outcomes).filter((id) => outcomes[id] === 'not_met');
  const doubtful = Object.keys(outcomes).filter((id) => outcomes[id] === 'doubt');
  const widened = ['doubt', 'injunction', 'enhanced', 'enhanced_injunction', 'approval_ok', 'approval_conditions', 'refusal'].includes(kind);
  const approvedOn = subject.type === 'family' ? subject.spec.approvedOn : null;
  const municipality = subject.spec.municipality;

  if (status === 'completed') {
    const s = completedSchedule(kind, year, prng, approvedOn, widened);
    inspection.createdAt = at(s.created, 9);
    inspection.updatedAt = at(s.done, 14);
    switch (kind) {
      case 'enhanced':
      case 'enhanced_injunction':
        risk('yellow', `Bekymringshenvendelse fra ${municipality} om ${isProvider ? 'forholdene for de indskrevne' : 'barnets trivsel i familien'}; tilsynet planlægges med udvidet design fra start.`, s.created, 9);
        risk('red', `Alvorlige mangler ved besøget den ${danishDate(s.visit1)}: ${criterionNumbers(notMet)} vurderes ikke opfyldt. ${kind === 'enhanced' ? 'Skærpet tilsyn' : 'Skærpet tilsyn med påbud'} forberedes.`, addDays(s.visit1, 1));
        break;
      case 'injunction':
        risk('green', planningGreen, s.created, 9);
        risk('yellow', `Væsentlig tvivl efter besøget den ${danishDate(s.visit1)} om ${criterionNumbers(notMet)}; designet udvides med anmeldt besøg, dokumentanalyse og trianguleringsinterview.`, addDays(s.visit1, 1));
        risk('red', `Mangler konstateret ved det opfølgende besøg: ${criterionNumbers(notMet)} vurderes ikke opfyldt, og der er ikke fornøden kvalitet. Påbud forberedes.`, addDays(s.visit2 ?? s.visit1, 2));
        break;
      case 'doubt':
        risk('green', planningGreen, s.created, 9);
        risk('yellow', `Tvivl efter besøget den ${danishDate(s.visit1)} om ${criterionNumbers(doubtful)}: undersøgelsesdesignet udvides med et anmeldt opfølgende besøg, dokumentanalyse og triangulering, indtil tvivlen er afklaret.`, addDays(s.visit1, 1));
        if (prng.chance(0.5)) risk('green', 'Tvivlen er afklaret ved det opfølgende besøg og den eftersendte dokumentation; kriterierne vurderes opfyldt.', addDays(s.visit2 ?? s.visit1, 3));
        break;
      case 'approval_conditions':
      case 'refusal':
        risk('green', planningGreen, s.created, 9);
        risk('yellow', `Tvivl efter første ${isProvider ? 'godkendelsesbesøg' : 'hjemmebesøg'} om ${criterionNumbers(notMet)}; der indhentes yderligere dokumentation, og der aftales et ekstra besøg.`, addDays(s.visit1, 1));
        break;
      default:
        risk('green', planningGreen, s.created, 9);
    }
    const announced1 = kind === 'scored' ? false : announcedByDefault;
    visit(s.visit1, 'held', announced1, heldNote(true));
    if (s.visit2) visit(s.visit2, 'held', true, heldNote(false));
  } else if (kind === 'browser') {
    inspection.createdAt = at('2026-09-01', 9);
    inspection.updatedAt = at('2026-10-06', 15);
    risk('green', planningGreen, '2026-09-01', 9);
    visit('2026-10-06', 'held', false, heldNote(true));
  } else if (kind === 'confirm_previous') {
    inspection.createdAt = at('2026-10-01', 9);
    inspection.updatedAt = at('2026-11-03', 15);
    risk('green', `Plejefamilien har ikke aktuelt et barn i pleje. Socialtilsyn ${AUTHORITY_SHORT[subject.spec.authorityId]} fastholder som udgangspunkt bedømmelsen fra seneste tilsyn, medmindre forholdene i familien giver anledning til en ny bedømmelse.`, '2026-10-01', 9);
    visit('2026-11-03', 'held', true, 'Anmeldt besøg: plejefamilien har ikke aktuelt et barn i pleje. Samtale med plejeforældrene om perioden siden seneste tilsyn og besigtigelse af værelset.');
  } else if (kind === 'aborted') {
    inspection.createdAt = at('2026-09-14', 9);
    inspection.updatedAt = at('2026-10-20', 12);
    risk('green', planningGreen, '2026-09-14', 9);
    visit('2026-10-20', 'aborted', false, `Besøget blev afbrudt ved ankomst: en vandskade havde samme morgen gjort det nødvendigt at genhuse ${isProvider ? (subject.spec as ProviderSpec).citizens : 'familien'} midlertidigt, og hverken leder, medarbejdere eller ${isProvider ? (subject.spec as ProviderSpec).citizens : 'barnet'} kunne interviewes. Besøget tæller ikke som tilsyn; der er aftalt et nyt uanmeldt besøg.`);
    visit('2026-11-26', 'planned', false, 'Nyt uanmeldt besøg efter det afbrudte besøg den 20. oktober 2026.');
  } else if (status === 'in_progress') {
    const created = addDays('2026-08-17', prng.int(0, 35));
    const visit1 = minDate(weekday(addDays(created, prng.int(21, 40))), '2026-11-13');
    inspection.createdAt = at(created, 9);
    inspection.updatedAt = at(visit1, 15);
    if (plan.risk === 'red') {
      risk('red', `Bekymringshenvendelse fra ${municipality} om en episode med fastholdelse; tilsynet gennemføres med udvidet design: uanmeldt besøg, dokumentanalyse af magtanvendelser og trianguleringsinterview.`, created, 9);
    } else if (plan.risk === 'yellow') {
      risk('green', planningGreen, created, 9);
      risk('yellow', previous
        ? `Opfølgning på afgørelsen fra ${previous.title.match(/\d{4}/)?.[0] ?? 'seneste tilsyn'}: designet udvides for de kriterier, der ikke var opfyldt.`
        : 'Henvendelse fra en pårørende om ændringer i personalegruppen; designet udvides med trianguleringsinterview.', addDays(created, 3));
    } else {
      risk('green', planningGreen, created, 9);
    }
    visit(visit1, 'held', kind === 'approval_in_progress' || announcedByDefault, heldNote(true));
    if (kind === 'approval_in_progress' || prng.chance(0.5)) {
      visit(weekday(addDays('2026-12-01', prng.int(0, 14))), 'planned', true, kind === 'approval_in_progress' ? 'Andet hjemmebesøg: interview af ansøgerne hver for sig.' : 'Anmeldt opfølgende besøg for at indsamle de data, der manglede efter første besøg.');
    }
  } else if (status === 'planned') {
    const created = addDays('2026-10-05', prng.int(0, 30));
    inspection.createdAt = at(created, 9);
    inspection.updatedAt = at(created, 9);
    if (plan.risk === 'yellow') {
      risk('yellow', 'Tvivlen fra seneste tilsyn er ikke endeligt afklaret; designet udvides med dokumentanalyse og trianguleringsinterview.', created, 9);
    } else {
      risk('green', planningGreen, created, 9);
    }
    visit(weekday(addDays('2026-12-01', prng.int(0, 16))), 'planned', announcedByDefault, isProvider ? 'Uanmeldt besøg efter minimumsdesignet.' : 'Anmeldt besøg i hjemmet efter aftale med plejefamilien.');
  } else {
    // cancelled
    const created = addDays('2026-03-02', prng.int(0, 60));
    inspection.createdAt = at(created, 9);
    inspection.updatedAt = at(addDays(created, prng.int(20, 40)), 11);
    risk('green', planningGreen, created, 9);
  }

  // Follow-ups: data not collected on the visit, collected afterwards with the design's methods
  // (the absent marker of a criterion not met first; never a step that needs the visit itself).
  if (model.kind === 'binary' && inspection.visits.some((v) => v.status === 'held')) {
    const focus = [...notMet, ...doubtful];
    const wanted = status === 'completed' ? (focus.length > 0 ? 2 : prng.chance(0.3) ? 1 : 0) : status === 'in_progress' && !['browser', 'confirm_previous'].includes(kind) ? 1 : 0;
    const criteria = model.themes.flatMap((t) => t.criteria);
    const texts = binaryModelId === 'tilbud' ? TILBUD_TEXTS : PLEJEFAMILIE_TEXTS;
    const chosen = focus.length > 0 ? focus : pickDistinct(prng, criteria.map((c) => c.id), 2);
    const candidatesOf = (cid: string) => {
      const criterion = criteria.find((c) => c.id === cid)!;
      const absent = notMet.includes(cid) ? (texts[cid]?.notMet.absent ?? []) : [];
      const markers = criterion.markers
        .filter((m) => markerApplies(m, subject.entity))
        .sort((a, b) => Number(absent.includes(b.id)) - Number(absent.includes(a.id)));
      return markers.flatMap((m) => m.investigationDesign.map((step, stepIndex) => ({ marker: m, step, stepIndex })));
    };
    const candidates = chosen.flatMap(candidatesOf);
    // At approval there are no citizens or child yet, and a family without a child has none to ask.
    const groups =
      phase === 'approval'
        ? [['document_analysis', 'interview_management', 'interview_staff_or_management', 'interview_foster_family']]
        : [
            withoutChild ? ['triangulation'] : ['citizen_perspective', 'child_perspective', 'triangulation'],
            ['document_analysis', 'interview_staff', 'interview_staff_or_management', 'interview_management', 'interview_foster_family', 'triangulation'],
          ];
    const lastHeld = inspection.visits.filter((v) => v.status === 'held').at(-1)!.plannedOn;
    const used = new Set<string>();
    for (let i = 0; i < wanted; i++) {
      const own = candidatesOf(chosen[i % chosen.length]!);
      const found =
        own.find((c) => groups[i % groups.length]!.includes(c.step.kind) && !used.has(c.marker.id)) ??
        own.find((c) => groups.flat().includes(c.step.kind) && !used.has(c.marker.id)) ??
        candidates.find((c) => groups[i % groups.length]!.includes(c.step.kind) && !used.has(c.marker.id)) ??
        candidates.find((c) => groups.flat().includes(c.step.kind) && !used.has(c.marker.id));
      if (!found) break;
      used.add(found.marker.id);
      inspection.followUps.push({
        markerId: found.marker.id,
        stepIndex: found.stepIndex,
        method: found.step.method,
        note: followUpNote(found.step.kind, { isProvider, municipality, approval: phase === 'approval', pending: status !== 'completed' }),
        collectedOn: status === 'completed' ? weekday(addDays(lastHeld, prng.int(3, 12))) : null,
      });
    }
  }

  // Assessments.
  const updatedAt = inspection.updatedAt;
  const row = (departmentName: string | null, data: BinaryData | ScoredData) => inspection.assessments.push({ departmentName, data, updatedBy: inspector, updatedAt });
  if (kind === 'browser' || kind === 'confirm_previous' || kind === 'aborted') {
    row(null, { markers: {}, criteria: {} });
  } else if (status === 'completed' || status === 'in_progress') {
    const only = status === 'in_progress' ? prng.int(2, kind === 'approval_in_progress' ? 2 : 5) : undefined;
    if (subject.type === 'provider') {
      const spec = subject.spec;
      const targets: (string | null)[] = [null, ...(plan.perDepartment ? spec.departments.map((d) => d.name) : [])];
      for (const dept of targets) {
        const ctx = providerContext(spec, year, dept ?? spec.name);
        if (model.kind === 'scored') {
          row(dept, scoredData(model, subject.entity, ctx, prng, dept === null ? { completed: status === 'completed', economyNotMet: Boolean(plan.economyNotMet) } : null));
        } else {
          // The economy is assessed for the provider as a whole, never per department.
          const economy =
            status !== 'completed' || dept !== null
              ? undefined
              : phase === 'approval'
                ? { result: 'met' as const, justification: TILBUD_ECONOMY.approval() }
                : plan.economyNotMet
                  ? { result: 'not_met' as const, justification: TILBUD_ECONOMY.notMet(ctx) }
                  : { result: 'met' as const, justification: TILBUD_ECONOMY.met(ctx) };
          row(dept, binaryData(model, subject.entity, TILBUD_TEXTS, ctx, { phase, outcomes, prng, only, economy }));
        }
      }
    } else {
      const ctx = familyContext(subject.spec, year, prng);
      if (model.kind !== 'binary') throw new Error('demo: plejefamilier vurderes efter en binær model');
      const economy =
        status !== 'completed'
          ? undefined
          : { result: 'met' as const, justification: phase === 'approval' || ctx.childrenAtTime === 0 ? PLEJEFAMILIE_ECONOMY.approval() : PLEJEFAMILIE_ECONOMY.met(ctx) };
      row(null, binaryData(model, subject.entity, PLEJEFAMILIE_TEXTS, ctx, { phase, outcomes, prng, only, economy, noChild: ctx.childrenAtTime === 0 }));
    }
  }

  // Decisions on completed inspections without sufficient quality.
  const decided = inspection.updatedAt;
  const decidedOn = iso(decided);
  const remedies = notMet.map((id) => REMEDY[binaryModelId][id]).filter(Boolean).join(', og ');
  const decision = (k: Decision, deadline: string | null, endsOn: string | null, note: string) =>
    inspection.decisions.push({ kind: k, deadline, endsOn, note, decidedBy: manager, decidedAt: decided });
  const economyFailed = Boolean(plan.economyNotMet);
  switch (kind) {
    case 'injunction': {
      const deadline = addMonths(decidedOn, prng.pick([2, 3]));
      decision('injunction', deadline, null, `Påbud om ${remedies}. Fristen er ${danishDate(deadline)}, hvor socialtilsynet følger op med et anmeldt besøg.`);
      break;
    }
    case 'enhanced': {
      const endsOn = addMonths(decidedOn, 5);
      decision('enhanced_supervision', null, endsOn, `Skærpet tilsyn fra ${danishDate(decidedOn)} til ${danishDate(endsOn)}, fordi ${criterionNumbers(notMet)} ikke er opfyldt${economyFailed ? ', og økonomien ikke er opfyldt (uforholdsmæssigt dyrt)' : ''}. Socialtilsynet gennemfører månedlige uanmeldte besøg og følger op på, om ${isProvider ? 'tilbuddet' : 'plejefamilien'} formår ${remedies}.`);
      break;
    }
    case 'enhanced_injunction': {
      const deadline = addMonths(decidedOn, 2);
      const endsOn = addMonths(decidedOn, 4);
      decision('enhanced_supervision_with_injunction', deadline, endsOn, `Skærpet tilsyn fra ${danishDate(decidedOn)} til ${danishDate(endsOn)} med påbud om ${remedies}. Fristen for påbuddet er ${danishDate(deadline)}.`);
      break;
    }
    case 'approval_conditions': {
      const deadline = addMonths(decidedOn, 3);
      decision('approval_with_conditions', deadline, null, isProvider
        ? `Godkendt med vilkår om dokumentation for færdigmelding af byggesagen og godkendt brandsyn, før der indskrives borgere på første sal. Vilkåret skal være opfyldt senest ${danishDate(deadline)}.`
        : `Godkendt som almindelig plejefamilie med vilkår om dokumentation for, at værelset er indrettet som selvstændigt rum, og at der er monteret gelænder på trappen, før et barn flytter ind. Vilkåret skal være opfyldt senest ${danishDate(deadline)}.`);
      break;
    }
    case 'refusal':
      decision('refusal', null, null, 'Afslag på godkendelse som plejefamilie, da familiens struktur og dynamik på nuværende tidspunkt ikke vurderes at kunne give et plejebarn trygge og stabile rammer (kriterium 4).');
      break;
    default:
      break;
  }
  return inspection;
}

function followUpNote(kind: string, o: { isProvider: boolean; municipality: string; approval: boolean; pending: boolean }): string {
  const done = (past: string, future: string) => (o.pending ? future : past);
  const who = o.approval ? (o.isProvider ? 'den kommende ledelse' : 'ansøgerne') : o.isProvider ? 'ledelsen' : 'plejefamilien';
  switch (kind) {
    case 'citizen_perspective':
      return done(
        'Borgerperspektivet er indhentet ved telefoninterview med en borger, som ikke var hjemme ved besøget.',
        'Borgerperspektivet indhentes ved telefoninterview med en borger, som ikke var hjemme ved besøget.',
      );
    case 'child_perspective':
      return done(
        'Barnets perspektiv er belyst ved en samtale på skolen efter aftale med plejeforældrene og rådgiveren.',
        'Barnets perspektiv belyses ved en samtale på skolen efter aftale med plejeforældrene og rådgiveren.',
      );
    case 'triangulation':
      return done(`Trianguleringsinterview med en rådgiver i ${o.municipality} er gennemført telefonisk.`, `Trianguleringsinterview med en rådgiver i ${o.municipality} er aftalt telefonisk.`);
    case 'document_analysis':
      return done(`${capitalise(who)} har eftersendt de relevante dokumenter, som er gennemgået.`, `${capitalise(who)} er bedt om at eftersende de relevante dokumenter.`);
    default: {
      const whom =
        kind === 'interview_staff'
          ? 'medarbejdere, der ikke var på arbejde ved besøget,'
          : kind === 'interview_staff_or_management'
            ? 'ledelse og medarbejdere'
            : kind === 'interview_foster_family'
              ? o.approval ? 'ansøgerne' : 'plejeforældrene'
              : who;
      return done(`Supplerende telefoninterview med ${whom} er gennemført.`, `Supplerende telefoninterview med ${whom} er aftalt.`);
    }
  }
}

// ── the whole demo ────────────────────────────────────────────────────────────────────────

export function buildDemoPlan(registry: ModelRegistry): DemoPlan {
  const inspections: DemoInspection[] = [];
  const perAuthority = new Map<AuthorityId, number>();
  const staffFor = (a: AuthorityId): Staff => {
    const n = perAuthority.get(a) ?? 0;
    perAuthority.set(a, n + 1);
    return { inspector: n % 2 === 0 ? `inspektoer-${a}` : `inspektoer2-${a}`, manager: `leder-${a}` };
  };
  const subjects: Subject[] = [
    ...DEMO_PROVIDERS.map((spec): Subject => ({ type: 'provider', spec, entity: { legalBases: [...spec.legalBases], flags: [...spec.flags] } })),
    ...DEMO_FOSTER_FAMILIES.map((spec): Subject => ({ type: 'family', spec, entity: { legalBases: [], flags: [], typology: spec.typology } })),
  ];
  const titles = new Set<string>();
  for (const subject of subjects) {
    let previous: DemoInspection | undefined;
    for (const planned of subject.spec.inspections) {
      const inspection = buildInspection(registry, subject, planned, staffFor(subject.spec.authorityId), previous);
      if (titles.has(inspection.title)) {
        inspection.title = `${inspection.title} (${previous?.status === 'cancelled' ? 'ny dato' : 'opfølgning'})`;
      }
      if (titles.has(inspection.title)) throw new Error(`demo: titlen "${inspection.title}" findes allerede`);
      titles.add(inspection.title);
      inspections.push(inspection);
      previous = inspection;
    }
  }
  return { users: demoUsers(), providers: DEMO_PROVIDERS, fosterFamilies: DEMO_FOSTER_FAMILIES, inspections, reports: buildDemoReports(inspections, { excludedProvider: BROWSER_TEST_PROVIDER_NAME }) };
}
