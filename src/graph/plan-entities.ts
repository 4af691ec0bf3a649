import type { Entity, EntityRef, EntityType } from '../model/index.js';
import { ancestors, division } from './admin-divisions.js';
import {
  byCode,
  GBT_SOURCE,
  TAXONOMY_SOURCE,
  type AdminPlaceRow,
  type EntityRow,
  type HierarchyRow,
} from './plan-types.js';

/** The properties each label stores besides id and aliases (cypher/README.md): the write statement sets exactly these. */
export const LABEL_PROPS: Record<EntityType, readonly string[]> = {
  Place: ['name', 'code', 'level'],
  Region: ['name'],
  Project: ['name', 'kind'],
  Program: ['name'],
  Organization: ['name', 'kind'],
  Sector: ['name'],
};

// Keys as LABEL_PROPS lists them (a unit test holds the two together).
function entityProps(e: Entity): Record<string, string | null> {
  switch (e.type) {
    case 'Place':
      return { name: e.name, code: e.code, level: e.level };
    case 'Project':
    case 'Organization':
      return { name: e.name, kind: e.kind };
    default:
      return { name: e.name };
  }
}

/** An endpoint a relation names but the entity list lacks: built from the ref (and the gazetteer for places). */
export function entityFromRef(ref: EntityRef): Entity {
  const base = { id: ref.id, name: ref.name, aliases: [], rule: 'graph.ref' };
  switch (ref.type) {
    case 'Place': {
      const code = ref.code ?? ref.id.replace(/^place:/, '');
      const d = division(code);
      return {
        ...base,
        type: 'Place',
        code,
        name: d?.name ?? ref.name,
        level: d?.level ?? 'county',
        parentCode: d?.parentCode,
      };
    }
    case 'Project':
      return { ...base, type: 'Project', kind: 'other' };
    case 'Organization':
      return { ...base, type: 'Organization', kind: 'agency' };
    default:
      return { ...base, type: ref.type };
  }
}

/** Entity rows grouped by label (one UNWIND each), sorted by id. */
export function planEntities(entities: Entity[]): { label: EntityType; rows: EntityRow[] }[] {
  const labels = new Map<EntityType, EntityRow[]>();
  for (const e of [...entities].sort((a, b) => byCode(a.id, b.id))) {
    const rows = labels.get(e.type) ?? labels.set(e.type, []).get(e.type)!;
    const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort(byCode);
    rows.push({ id: e.id, aliases, props: entityProps(e) });
  }
  return [...labels].map(([label, rows]) => ({ label, rows }));
}

const placeId = (code: string) => `place:${code}`;

/**
 * The hierarchy edges for these entities: every Place up its GB/T 2260 chain (town → county →
 * city → province; the extractor's parentCode first, then the gazetteer), adding the ancestor
 * Places nobody named; every Sector to its taxonomy parent when the extraction holds it.
 */
export function planHierarchy(entities: Entity[]): { adminPlaces: AdminPlaceRow[]; hierarchy: HierarchyRow[] } {
  const named = new Set(entities.map((e) => e.id));
  const adminPlaces = new Map<string, AdminPlaceRow>();
  const hierarchy = new Map<string, HierarchyRow>();
  const link = (child: string, parent: string, source: string) =>
    hierarchy.set(`${child}>${parent}`, { child, parent, source });
  for (const e of entities) {
    if (e.type === 'Sector' && e.parent && named.has(e.parent)) link(e.id, e.parent, TAXONOMY_SOURCE);
    if (e.type !== 'Place') continue;
    // The extractor's parentCode first (a place is never its own parent), else the gazetteer's.
    const given = e.parentCode && e.parentCode !== e.code ? (division(e.parentCode)?.code ?? e.parentCode) : undefined;
    const parentCode = given && given !== e.code ? given : division(e.code)?.parentCode;
    if (!parentCode) continue;
    const first = division(parentCode);
    // A parent outside the gazetteer can only be linked when the extraction names it.
    if (!first && !named.has(placeId(parentCode))) continue;
    let child = e.id;
    for (const d of first ? [first, ...ancestors(parentCode)] : [{ code: parentCode }]) {
      const id = placeId(d.code);
      if (!named.has(id) && 'name' in d) adminPlaces.set(id, { id, code: d.code, name: d.name, level: d.level });
      link(child, id, GBT_SOURCE);
      child = id;
    }
  }
  return {
    adminPlaces: [...adminPlaces.values()].sort((a, b) => byCode(a.id, b.id)),
    hierarchy: [...hierarchy.values()].sort((a, b) => byCode(a.child, b.child) || byCode(a.parent, b.parent)),
  };
}
