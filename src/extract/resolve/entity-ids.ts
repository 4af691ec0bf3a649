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
  return isStable(key) ? key : key.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * True when NFKC leaves the key as it is and it holds no space: only CJK unified ideographs
 * (U+4E00–U+9FFF, the compatibility ones are elsewhere) and ASCII letters and digits. Most keys
 * are, and skipping ICU for them is what makes ids cheap.
 */
function isStable(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const stable =
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!stable) return false;
  }
  return true;
}
