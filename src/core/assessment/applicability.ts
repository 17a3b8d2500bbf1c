// Which parts of a model apply to an entity. A provider may have several legal bases;
// a rule excludes it only when every one of its bases is excluded (seed 002 states the
// rules per basis, and a provider approved under several bases is supervised under all).
import type { Indicator, ScoredModel, ScoredTheme } from '../kinds/scored/catalog.ts';
import type { Marker } from '../kinds/binary/catalog.ts';
import type { Entity } from './assessment-input.ts';
import { RESPITE_BASES } from './entity-rules.ts';
import type { LegalBasis } from '../model/catalog-parts.ts';

type Bases = Pick<Entity, 'legalBases'>;

/**
 * Excluded when every one of the entity's bases is excluded. A respite-only provider (`aflastning`)
 * has its § 66, stk. 1, nr. 5/6 bases excluded where the rule names respite care.
 */
export function excludedByBases(excludedFor: readonly string[], entity: Bases & Partial<Pick<Entity, 'flags'>>, excludesRespite = false): boolean {
  const respite = excludesRespite && (entity.flags ?? []).includes('aflastning');
  const excludes = (b: LegalBasis) => excludedFor.includes(b) || (respite && RESPITE_BASES.includes(b));
  if (excludedFor.length === 0 && !respite) return false;
  return entity.legalBases.length > 0 && entity.legalBases.every(excludes);
}

export function outsideOnlyFor(onlyFor: readonly string[], entity: Bases): boolean {
  if (onlyFor.length === 0) return false;
  return !entity.legalBases.some((b) => onlyFor.includes(b));
}

export function themeApplies(theme: Pick<ScoredTheme, 'excludedFor'>, entity: Entity): boolean {
  return !excludedByBases(theme.excludedFor, entity);
}

export function indicatorApplies(indicator: Indicator, entity: Entity): boolean {
  if (indicator.onlyForFlags.length > 0 && !indicator.onlyForFlags.some((f) => entity.flags.includes(f))) return false;
  const excludesRespite = indicator.excludedForFlags.includes('aflastning');
  return !excludedByBases(indicator.excludedFor, entity, excludesRespite) && !outsideOnlyFor(indicator.onlyFor, entity);
}

/** Ids of the indicators that do not apply, in model order; a theme's exclusion covers all of its indicators. */
export function excludedIndicatorIds(model: ScoredModel, entity: Entity): string[] {
  return model.themes.flatMap((theme) =>
    theme.criteria.flatMap((c) =>
      c.indicators.filter((i) => !themeApplies(theme, entity) || !indicatorApplies(i, entity)).map((i) => i.id),
    ),
  );
}

export function markerApplies(marker: Marker, entity: Entity): boolean {
  const only = marker.onlyFor;
  if (!only) return true;
  if (only.typologies && !(entity.typology && only.typologies.includes(entity.typology))) return false;
  if (only.flags && !only.flags.some((f) => entity.flags.includes(f))) return false;
  return true;
}
