import { inIssuerCity, inIssuerProvince, type PlaceContext } from './context.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { Division } from './divisions.js';

const LEVEL_RANK: Record<Division['level'], number> = { province: 0, city: 1, county: 2, town: 3, foreign: 4 };

/**
 * Picks the reading of an ambiguous name: inside the issuer's city, then its province, then a
 * by-name, then the higher level (吉林 → the province). Towns are read only inside the issuer's
 * province: a bare town name elsewhere is too likely another place of the same name.
 */
export function resolveName(entries: readonly GazetteerEntry[], ctx: PlaceContext): GazetteerEntry | undefined {
  let best: GazetteerEntry | undefined;
  let bestRank = Infinity;
  for (const e of entries) {
    const rank = rankOf(e, ctx);
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

function rankOf(e: GazetteerEntry, ctx: PlaceContext): number {
  const d = e.division;
  const level = LEVEL_RANK[d.level];
  if (d.level === 'town') {
    if (!inIssuerProvince(d, ctx)) return Infinity;
    return inIssuerCity(d, ctx) ? 0 : 10;
  }
  if (inIssuerCity(d, ctx)) return level;
  if (inIssuerProvince(d, ctx)) return 10 + level;
  if (e.kind === 'byname') return 20;
  if (e.kind === 'country') return 25;
  return 30 + level + (e.kind === 'short' ? 0.5 : 0);
}
