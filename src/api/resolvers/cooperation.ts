import type { ApiContext } from '../context.js';
import { badInput, LIMITS, pageSize } from '../limits.js';
import { evidenceOf, type EvidenceItem, type NodeMap } from '../records.js';
import { requireEntity, requirePlace } from './refs.js';

export const VIA = ['STATED', 'SHARED_PROJECT', 'SHARED_PROGRAM', 'CONNECTED_BY'] as const;
export type Via = (typeof VIA)[number];

/** What one piece of support adds to a partnership's strength (the SDL documents the same). */
export const WEIGHTS: Record<Via, number> = { STATED: 3, CONNECTED_BY: 2, SHARED_PROJECT: 1, SHARED_PROGRAM: 0.5 };

interface Support {
  via: Via;
  through: NodeMap | null;
  evidence: EvidenceItem[];
}
/** A partner of one place with its strength and support. */
export interface PartnerItem {
  sourceId: string;
  partner: NodeMap;
  strength: number;
  via: Via[];
  support: Support[];
}

/**
 * Folds `api-cooperation` rows into partners: one support per (via, through), STATED counting
 * each stating sentence, the others once each; strongest first, then by name.
 */
export function foldPartners(rows: Record<string, unknown>[]): PartnerItem[] {
  const byPair = new Map<string, PartnerItem & { seen: Set<string> }>();
  for (const r of rows) {
    const partner = r.partner as NodeMap;
    const through = (r.through as NodeMap | null) ?? null;
    const via = r.via as Via;
    const pairKey = `${String(r.key)}→${partner.id}`;
    let p = byPair.get(pairKey);
    if (!p) {
      p = { sourceId: String(r.key), partner, strength: 0, via: [], support: [], seen: new Set() };
      byPair.set(pairKey, p);
    }
    const supportKey = `${via}:${through?.id ?? ''}`;
    if (p.seen.has(supportKey)) continue;
    p.seen.add(supportKey);
    // Both ends of a line are often stated by one sentence: keep each sentence once.
    const evidence = [
      ...new Map(
        (r.rels as Record<string, unknown>[]).flatMap(evidenceOf).map((e) => [`${e.docId}#${e.sentence}`, e]),
      ).values(),
    ];
    p.support.push({ via, through, evidence });
    p.strength += via === 'STATED' ? WEIGHTS.STATED * Math.max(1, evidence.length) : WEIGHTS[via];
    if (!p.via.includes(via)) p.via.push(via);
  }
  return [...byPair.values()]
    .map(({ seen: _seen, ...p }) => p)
    .sort((a, b) => b.strength - a.strength || String(a.partner.name).localeCompare(String(b.partner.name), 'zh'));
}

const viaOf = (v: string[] | null | undefined): Via[] => (v && v.length ? (v as Via[]) : [...VIA]);

/** Runs `api-cooperation` for some places. */
async function partnersOf(ctx: ApiContext, ids: string[], via: Via[], partner: string | null = null) {
  return foldPartners(await ctx.loaders.run('cooperation', { ids, via, partner }));
}

/** Query fields about cooperation between places. */
export const cooperationResolvers = {
  cooperation: async (
    _: unknown,
    a: { place: string; via?: string[] | null; first?: number | null },
    ctx: ApiContext,
  ) => {
    const first = pageSize(a.first);
    const p = await requireEntity(ctx, a.place, 'place');
    if (p.__label !== 'Place' && p.__label !== 'Region') throw badInput('place must name a place or a region');
    return (await partnersOf(ctx, [p.id], viaOf(a.via))).slice(0, first);
  },

  between: async (_: unknown, a: { a: string; b: string }, ctx: ApiContext) => {
    const [pa, pb] = await Promise.all([requirePlace(ctx, a.a, 'a'), requirePlace(ctx, a.b, 'b')]);
    const [partners, shared] = await Promise.all([
      partnersOf(ctx, [pa.id], [...VIA], pb.id),
      ctx.loaders.run('between', { a: pa.id, b: pb.id }),
    ]);
    const support = partners[0]?.support ?? [];
    const through = (via: Via[]) =>
      support.filter((s) => via.includes(s.via) && s.through).map((s) => s.through as NodeMap);
    return {
      a: pa,
      b: pb,
      projects: dedupe(through(['SHARED_PROJECT', 'CONNECTED_BY'])),
      programs: dedupe(through(['SHARED_PROGRAM'])),
      sectors: (shared[0]?.sectors as NodeMap[] | undefined) ?? [],
      stated: support.filter((s) => s.via === 'STATED').flatMap((s) => s.evidence),
      strength: partners[0]?.strength ?? 0,
    };
  },

  cooperationNetwork: async (
    _: unknown,
    a: {
      within: string;
      level?: string | null;
      minStrength?: number | null;
      via?: string[] | null;
      first?: number | null;
    },
    ctx: ApiContext,
  ) => {
    const first = pageSize(a.first, 100);
    const within = await requirePlace(ctx, a.within, 'within');
    const rows = await ctx.loaders.run('places-within', {
      within: within.id,
      level: a.level ?? null,
      limit: LIMITS.maxNetworkPlaces + 1,
    });
    if (rows.length > LIMITS.maxNetworkPlaces)
      throw badInput(
        `more than ${LIMITS.maxNetworkPlaces} places within ${within.name}: choose a level or a smaller area`,
      );
    const places = new Map(rows.map((r) => [(r.node as NodeMap).id, r.node as NodeMap]));
    const partners = await partnersOf(ctx, [...places.keys()], viaOf(a.via));
    const edges = new Map<string, { a: NodeMap; b: NodeMap; strength: number; via: Via[] }>();
    for (const p of partners) {
      const [x, y] = [p.sourceId, p.partner.id].sort();
      const key = `${x}|${y}`;
      // Both ends are in the area and each pair is seen from both sides: keep it once.
      if (!places.has(p.partner.id) || edges.has(key) || p.strength < (a.minStrength ?? 1)) continue;
      edges.set(key, { a: places.get(x as string)!, b: places.get(y as string)!, strength: p.strength, via: p.via });
    }
    const top = [...edges.values()].sort((m, n) => n.strength - m.strength).slice(0, first);
    const used = new Set(top.flatMap((e) => [e.a.id, e.b.id]));
    return { nodes: [...places.values()].filter((n) => used.has(n.id)), edges: top };
  },
};

const dedupe = (nodes: NodeMap[]) => [...new Map(nodes.map((n) => [n.id, n])).values()];
