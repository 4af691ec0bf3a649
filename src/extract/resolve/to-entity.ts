import type { Entity, PlaceEntity, ProjectEntity, RegionEntity, SectorEntity } from '../../model/index.js';
import type { Division, PlaceMatch } from '../places/index.js';
import type { Candidate } from '../recognizer.js';
import type { RegionMatch } from '../regions/index.js';
import { entityId, normaliseKey } from './entity-ids.js';

/** The id of a gazetteer division's Place entity. */
export function placeId(d: Division): string {
  return `place:${d.code}`;
}

/** The Place entity of a gazetteer division. */
export function placeEntity(d: Division, rule: string): PlaceEntity {
  return {
    id: placeId(d),
    type: 'Place',
    name: d.name,
    code: d.code,
    level: d.level,
    ...(d.parentCode !== undefined ? { parentCode: d.parentCode } : {}),
    aliases: [],
    rule,
  };
}

/** The Place entity of a match. */
export function placeMatchEntity(m: PlaceMatch): PlaceEntity {
  return placeEntity(m.division, m.rule);
}

/** The Region entity of a match. */
export function regionEntity(m: RegionMatch): RegionEntity {
  return { id: entityId('Region', m.name), type: 'Region', name: m.name, aliases: [], rule: m.rule };
}

/** The id of the entity `candidateEntity(c)` builds, without building it; undefined for other types. */
export function candidateId(c: Candidate): string | undefined {
  switch (c.type) {
    case 'Project':
    case 'Program':
    case 'Organization':
      return entityId(c.type, normaliseKey(c.name));
    case 'Sector':
      return entityId('Sector', c.sectorId ?? normaliseKey(c.name));
    default:
      return undefined;
  }
}

/**
 * The entity a recogniser's candidate stands for (Project, Program, Organization or Sector).
 * Each literal is written out whole, keys in output order (name, aliases, rule, id, type, …): a
 * spread of a shared base and of optional parts makes V8 copy them key by key for every entity.
 */
export function candidateEntity(c: Candidate): Entity | undefined {
  const id = candidateId(c);
  if (id === undefined) return undefined;
  const name = normaliseKey(c.name);
  switch (c.type) {
    case 'Project': {
      const e: ProjectEntity = { name, aliases: [], rule: c.rule, id, type: 'Project', kind: c.projectKind ?? 'other' };
      if (c.partOfName !== undefined) e.partOf = entityId('Project', c.partOfName);
      return e;
    }
    case 'Program':
      return { name, aliases: [], rule: c.rule, id, type: 'Program' };
    case 'Organization':
      return { name, aliases: [], rule: c.rule, id, type: 'Organization', kind: c.organizationKind ?? 'enterprise' };
    case 'Sector': {
      const e: SectorEntity = { name, aliases: [], rule: c.rule, id, type: 'Sector' };
      if (c.sectorParent !== undefined) e.parent = entityId('Sector', c.sectorParent);
      return e;
    }
    default:
      return undefined;
  }
}
