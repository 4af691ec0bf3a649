import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { RelationType } from '../../model/index.js';
import { planFor, type ApiContext } from '../context.js';
import { pageSize } from '../limits.js';
import { linkOf, type LinkRow, type NodeMap } from '../records.js';

type Dir = 'OUT' | 'IN' | 'BOTH';

/** A field that lists entities joined by a relationship: how to read it, and what it gives. */
export interface LinkSpec {
  /** Label of the far end (null: any, e.g. a partner is a place or a region). */
  label: string | null;
  types: RelationType[];
  dir: Dir;
  /** `links`: [{<key>: node, evidence}]; `nodes`: [node]; `single`: node or null. */
  shape: 'links' | 'nodes' | 'single';
  /** The far node's field name in a *Link type (place, sector, …). */
  key: string;
  /** Default `first`. */
  first: number;
}

const L = (label: string | null, types: RelationType[], dir: Dir, key: string, first = 50): LinkSpec => ({
  label,
  types,
  dir,
  shape: 'links',
  key,
  first,
});

/** Every link field of the schema, by type and field: the resolvers and the look-ahead both read it. */
export const LINK_FIELDS: Record<string, Record<string, LinkSpec>> = {
  Place: {
    parent: { label: 'Place', types: ['PART_OF'], dir: 'OUT', shape: 'single', key: 'node', first: 1 },
    children: { label: 'Place', types: ['PART_OF'], dir: 'IN', shape: 'nodes', key: 'node', first: 100 },
    partners: L(null, ['COOPERATES_WITH'], 'BOTH', 'partner'),
    regions: L('Region', ['PART_OF'], 'OUT', 'region', 20),
  },
  Region: {
    places: L('Place', ['PART_OF'], 'IN', 'place'),
    partners: L(null, ['COOPERATES_WITH'], 'BOTH', 'partner'),
  },
  Project: {
    locatedIn: L('Place', ['LOCATED_IN'], 'OUT', 'place'),
    connects: L('Place', ['CONNECTS'], 'OUT', 'place'),
    sectors: L('Sector', ['IN_SECTOR'], 'OUT', 'sector'),
    programs: L('Program', ['UNDER'], 'OUT', 'program'),
    participants: L('Organization', ['PARTICIPATES_IN'], 'IN', 'organization'),
    partOf: L('Project', ['PART_OF'], 'OUT', 'project'),
    sections: L('Project', ['PART_OF'], 'IN', 'project'),
  },
  Program: { projects: L('Project', ['UNDER'], 'IN', 'project') },
  Organization: { projects: L('Project', ['PARTICIPATES_IN'], 'OUT', 'project') },
  Sector: {
    parent: { label: 'Sector', types: ['PART_OF'], dir: 'OUT', shape: 'single', key: 'node', first: 1 },
    children: { label: 'Sector', types: ['PART_OF'], dir: 'IN', shape: 'nodes', key: 'node', first: 50 },
    projects: L('Project', ['IN_SECTOR'], 'IN', 'project'),
  },
};

/** The parameters of `api-links` for a spec and a `first`; also the loader's cache key. */
const linkParams = (s: LinkSpec, first: number, evidence: boolean) => ({
  label: s.label,
  types: s.types,
  dir: s.dir,
  first,
  evidence,
});

/** Whether a selection asks for `evidence` (only *Link shapes have it): else the lists stay in Neo4j. */
export const wantsEvidence = (shape: LinkSpec['shape'], set: SelectionSetNode | undefined, info: GraphQLResolveInfo) =>
  shape === 'links' && fieldsOf(set, info).some((f) => f.name.value === 'evidence');

/** A link field one level down that a query asks for, to fetch in the same Cypher as its parent. */
export interface NextSpec {
  params: ReturnType<typeof linkParams>;
}

/** A literal or variable argument of a selected field (look-ahead reads `first`, `includeSubPlaces`). */
export function argValue(node: FieldNode, name: string, info: GraphQLResolveInfo): unknown {
  const a = node.arguments?.find((x) => x.name.value === name);
  if (!a) return undefined;
  if (a.value.kind === 'IntValue') return Number(a.value.value);
  if (a.value.kind === 'BooleanValue') return a.value.value;
  if (a.value.kind === 'Variable') return info.variableValues[a.value.name.value] ?? undefined;
  return undefined;
}

const firstArg = (node: FieldNode, info: GraphQLResolveInfo) => argValue(node, 'first', info) as number | undefined;

/** The fields selected on a node, through inline fragments and fragment spreads. */
export function fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, info, out);
    else fieldsOf(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/**
 * Look-ahead: the link fields selected on the far nodes of this field (project { sectors { … } }),
 * so one Cypher fetches both levels and primes the next level's loaders: a nested query costs a
 * round trip per two levels instead of one per level.
 */
export function nextSpecs(spec: LinkSpec, info: GraphQLResolveInfo): NextSpec[] {
  const farFields = spec.label ? LINK_FIELDS[spec.label] : undefined;
  if (!farFields) return [];
  const out = new Map<string, NextSpec>();
  for (const fieldNode of info.fieldNodes) {
    const own = fieldsOf(fieldNode.selectionSet, info);
    const nodeFields =
      spec.shape === 'links'
        ? own.filter((f) => f.name.value === spec.key).flatMap((f) => fieldsOf(f.selectionSet, info))
        : own;
    for (const f of nodeFields) {
      const child = farFields[f.name.value];
      if (!child) continue;
      const given = firstArg(f, info);
      // Out of bounds: leave it to the field's own resolver, which says so.
      if (given !== undefined && (!Number.isInteger(given) || given < 1 || given > 100)) continue;
      const params = linkParams(
        child,
        child.shape === 'single' ? 1 : (given ?? child.first),
        wantsEvidence(child.shape, f.selectionSet, info),
      );
      out.set(JSON.stringify(params), { params });
    }
  }
  return [...out.values()];
}

// Neo4j orders strings as Java does (UTF-16 code units), and so does `<` in JS.
const byNameThenId = (a: LinkRow, b: LinkRow) => {
  const [x, y] = [String(a.node.name ?? ''), String(b.node.name ?? '')];
  return x < y ? -1 : x > y ? 1 : a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
};

/**
 * Primes the next level's loaders from rows that carry `next` (one list per NextSpec, in order):
 * sorted and cut as `api-links` itself would, so a primed answer equals a fetched one.
 */
export function primeNext(ctx: ApiContext, items: { id: string; next?: LinkRow[][] }[], next: NextSpec[]): void {
  if (!next.length) return;
  for (const item of items)
    next.forEach((n, i) => {
      const links = [...(item.next?.[i] ?? [])].sort(byNameThenId).slice(0, n.params.first);
      ctx.loaders.prime('links', n.params, item.id, links, rawLinks, [], { next: [] });
    });
}

const rawLinks = (r: Record<string, unknown>) => r.links as LinkRow[];

/** The resolver of a link field from its spec. */
export function linkResolver(spec: LinkSpec) {
  return async (parent: NodeMap, args: { first?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    // Arguments and selection are the same for every parent in a list: worked out once.
    const plan = planFor(ctx, info.fieldNodes, spec, () => {
      const evidence = info.fieldNodes.some((f) => wantsEvidence(spec.shape, f.selectionSet, info));
      const next = nextSpecs(spec, info);
      return {
        params: linkParams(spec, spec.shape === 'single' ? 1 : pageSize(args.first, spec.first), evidence),
        extra: { next: next.map((n) => n.params) },
        pick: (r: Record<string, unknown>) => {
          const links = r.links as (LinkRow & { next?: LinkRow[][] })[];
          primeNext(
            ctx,
            links.map((l) => ({ id: l.node.id, next: l.next })),
            next,
          );
          return links;
        },
      };
    });
    const rows = await ctx.loaders.load<LinkRow[]>('links', plan.params, parent.id, plan.pick, [], plan.extra);
    if (spec.shape === 'single') return rows[0]?.node ?? null;
    if (spec.shape === 'nodes') return rows.map((l) => l.node);
    return rows.map((l) => linkOf(spec.key, l));
  };
}
