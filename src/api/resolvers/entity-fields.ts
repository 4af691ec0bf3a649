import type { ApiContext } from '../context.js';
import { pageSize } from '../limits.js';
import { evidenceOf, linkOf, type EvidenceItem, type LinkRow, type NodeMap } from '../records.js';
import type { RelationType } from '../../model/index.js';
import { documentById, placeByRef } from './refs.js';

type Dir = 'OUT' | 'IN' | 'BOTH';
type Args = { first?: number | null };

/**
 * A field listing linked entities with evidence: one batched `api-links` query per field and
 * arguments, whatever the number of parents. `key` names the far node in the link type.
 */
function links(label: string | null, types: RelationType[], dir: Dir, key: string, defaultFirst = 50) {
  return (parent: NodeMap, args: Args, ctx: ApiContext) =>
    ctx.loaders.load(
      'links',
      { label, types, dir, first: pageSize(args.first, defaultFirst) },
      parent.id,
      (r) => (r.links as LinkRow[]).map((l) => linkOf(key, l)),
      [],
    );
}

/** Like `links`, but the nodes alone (hierarchy: parent, children). */
function nodes(label: string, types: RelationType[], dir: Dir, defaultFirst = 100) {
  const f = links(label, types, dir, 'node', defaultFirst);
  return async (parent: NodeMap, args: Args, ctx: ApiContext) =>
    (await f(parent, args, ctx)).map((l) => l.node as NodeMap);
}

/** The one node a hierarchy relationship leads to (a place's parent). */
function single(label: string, types: RelationType[]) {
  const f = nodes(label, types, 'OUT', 1);
  return async (parent: NodeMap, _args: Args, ctx: ApiContext) => (await f(parent, { first: 1 }, ctx))[0] ?? null;
}

/** How many distinct entities a relationship joins (relationship-count fields). */
function count(label: string | null, types: RelationType[], dir: Dir) {
  return (parent: NodeMap, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.load('link-counts', { label, types, dir }, parent.id, (r) => Number(r.n), 0);
}

/** Where the reports name an entity. */
function mentions(parent: NodeMap, args: Args, ctx: ApiContext) {
  return ctx.loaders.load('mentions', { first: pageSize(args.first) }, parent.id, (r) => r.mentions as unknown[], []);
}

// Every entity type shares these.
const entityBase = {
  aliases: (n: NodeMap) => (Array.isArray(n.aliases) ? n.aliases : []),
  mentions,
};

const PROJECTS: RelationType[] = ['LOCATED_IN', 'CONNECTS'];

/** Field resolvers of the entity types, Document, Evidence and Mention. */
export const entityFieldResolvers = {
  Entity: { __resolveType: (n: NodeMap) => n.__label },
  Place: {
    ...entityBase,
    parent: single('Place', ['PART_OF']),
    children: nodes('Place', ['PART_OF'], 'IN'),
    partners: links(null, ['COOPERATES_WITH'], 'BOTH', 'partner'),
    regions: links('Region', ['PART_OF'], 'OUT', 'region', 20),
    projectCount: count('Project', PROJECTS, 'IN'),
    partnerCount: count(null, ['COOPERATES_WITH'], 'BOTH'),
    projects: (parent: NodeMap, args: Args & { includeSubPlaces?: boolean | null }, ctx: ApiContext) =>
      ctx.loaders.load(
        'place-projects',
        { sub: args.includeSubPlaces === true, first: pageSize(args.first, 50) },
        parent.id,
        (r) =>
          (r.links as { project: NodeMap; place: NodeMap; type: string; rel: Record<string, unknown> }[]).map((l) => ({
            project: l.project,
            place: l.place,
            relation: l.type,
            evidence: evidenceOf(l.rel),
          })),
        [],
      ),
  },
  Region: {
    ...entityBase,
    places: links('Place', ['PART_OF'], 'IN', 'place'),
    partners: links(null, ['COOPERATES_WITH'], 'BOTH', 'partner'),
  },
  Project: {
    ...entityBase,
    stages: (parent: NodeMap, _a: unknown, ctx: ApiContext) =>
      ctx.loaders.load('stages', {}, parent.id, (r) => r.stages as string[], []),
    locatedIn: links('Place', ['LOCATED_IN'], 'OUT', 'place'),
    connects: links('Place', ['CONNECTS'], 'OUT', 'place'),
    sectors: links('Sector', ['IN_SECTOR'], 'OUT', 'sector'),
    programs: links('Program', ['UNDER'], 'OUT', 'program'),
    participants: links('Organization', ['PARTICIPATES_IN'], 'IN', 'organization'),
  },
  Program: {
    ...entityBase,
    projects: links('Project', ['UNDER'], 'IN', 'project'),
    projectCount: count('Project', ['UNDER'], 'IN'),
  },
  Organization: {
    ...entityBase,
    projects: links('Project', ['PARTICIPATES_IN'], 'OUT', 'project'),
    projectCount: count('Project', ['PARTICIPATES_IN'], 'OUT'),
  },
  Sector: {
    ...entityBase,
    parent: single('Sector', ['PART_OF']),
    children: nodes('Sector', ['PART_OF'], 'IN', 50),
    projects: links('Project', ['IN_SECTOR'], 'IN', 'project'),
    projectCount: count('Project', ['IN_SECTOR'], 'IN'),
  },
  Document: {
    issuer: (d: NodeMap, _a: unknown, ctx: ApiContext) =>
      typeof d.issuerCode === 'string' ? placeByRef(ctx, d.issuerCode) : null,
  },
  Evidence: {
    document: (e: EvidenceItem, _a: unknown, ctx: ApiContext) => documentById(ctx, e.docId),
  },
};
