import type { EntityType } from '../../model/index.js';

const PREFIX: Record<EntityType, string> = {
  Place: 'place',
  Region: 'region',
  Project: 'project',
  Program: 'program',
  Organization: 'organization',
  Sector: 'sector',
};

/** The deterministic id of an entity (cypher/README.md): `place:<code>`, `project:<name>`, … */
export function entityId(type: EntityType, key: string): string {
  return `${PREFIX[type]}:${normaliseKey(key)}`;
}

/** Full-width forms folded and spaces dropped, so 成兰铁路（绵阳段） and 成兰铁路(绵阳段) are one id. */
export function normaliseKey(key: string): string {
  return key.normalize('NFKC').replace(/\s+/g, '');
}
