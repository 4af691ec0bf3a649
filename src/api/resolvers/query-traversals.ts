import { RELATION_TYPES } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { intIn, LIMITS, pageSize } from '../limits.js';
import { edgeOf, type EdgeItem, type NodeMap } from '../records.js';
import { entityById, requireEntity } from './refs.js';

// Rows one breadth-first step may return; more means the neighbourhood is cut short.
const STEP_ROWS = 1000;

const typesOf = (t: string[] | null | undefined): string[] => (t && t.length ? t : [...RELATION_TYPES]);

/** Resolves the ends of edges to nodes: from the nodes at hand, else batched by id. */
const withEnds = (edges: EdgeItem[], known: Map<string, NodeMap>, ctx: ApiContext) =>
  edges.map((e) => ({
    ...e,
    from: known.get(e.fromId) ?? entityById(ctx, e.fromId),
    to: known.get(e.toId) ?? entityById(ctx, e.toId),
  }));

/** Query fields that walk the graph. */
export const traversalResolvers = {
  /** Breadth first, one round trip per level (depth ≤ 3), stopping at `first` nodes. */
  neighbors: async (
    _: unknown,
    a: { id: string; depth?: number | null; relationTypes?: string[] | null; first?: number | null },
    ctx: ApiContext,
  ) => {
    const depth = intIn(a.depth, 1, 1, LIMITS.maxNeighborDepth, 'depth');
    const first = pageSize(a.first, 50);
    const start = await requireEntity(ctx, a.id, 'id');
    const nodes = new Map<string, NodeMap>([[start.id, start]]);
    const edges = new Map<string, EdgeItem>();
    let frontier = [start.id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length && !truncated; level++) {
      const rows = await ctx.loaders.run('neighbors-step', {
        ids: frontier,
        types: typesOf(a.relationTypes),
        limit: STEP_ROWS,
      });
      if (rows.length >= STEP_ROWS) truncated = true;
      const next: string[] = [];
      for (const r of rows) {
        const node = r.node as NodeMap;
        if (!nodes.has(node.id)) {
          if (nodes.size >= first) {
            truncated = true;
            continue;
          }
          nodes.set(node.id, node);
          next.push(node.id);
        }
        // Keep only edges whose both ends are in the answer.
        const e = edgeOf(r);
        if (nodes.has(e.fromId) && nodes.has(e.toId)) edges.set(String(r.rid), e);
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: withEnds([...edges.values()], nodes, ctx), truncated };
  },

  shortestPath: async (
    _: unknown,
    a: { from: string; to: string; maxHops?: number | null; relationTypes?: string[] | null },
    ctx: ApiContext,
  ) => {
    const maxHops = intIn(a.maxHops, 4, 1, LIMITS.maxHops, 'maxHops');
    const [from, to] = await Promise.all([requireEntity(ctx, a.from, 'from'), requireEntity(ctx, a.to, 'to')]);
    if (from.id === to.id) return { length: 0, nodes: [from], edges: [] };
    const rows = await ctx.loaders.run('shortest-path', { from: from.id, to: to.id, types: typesOf(a.relationTypes) });
    const row = rows[0];
    if (!row) return null;
    const nodes = row.nodes as NodeMap[];
    const rels = (row.rels as Record<string, unknown>[]).map(edgeOf);
    // The query's bound is the hard limit; the caller's is checked here.
    if (rels.length > maxHops) return null;
    return { length: rels.length, nodes, edges: withEnds(rels, new Map(nodes.map((n) => [n.id, n])), ctx) };
  },
};
