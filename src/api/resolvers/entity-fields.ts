import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { pageSize } from '../limits.js';
import { withEvidence, type EvidenceItem, type LinkRow, type NodeMap } from '../records.js';
import type { RelationType } from '../../model/index.js';
import {
  LINK_FIELDS,
  linkResolver,
  nextSpecs,
  primeNext,
  wantsEvidence,
  type LinkSpec,
  type NextSpec,
} from './link-fields.js';
import { documentById, placeByRef } from './refs.js';

type Dir = 'OUT' | 'IN' | 'BOTH';
type Args = { first?: number | null };

/** How many distinct entities a relationship joins (relationship-count fields). */
function count(label: string | null, types: RelationType[], dir: Dir) {
  const params = { label, types, dir };
  return (parent: NodeMap, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.load('link-counts', params, parent.id, (r) => Number(r.n), 0);
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

/** The link fields of one type, from LINK_FIELDS. */
const linksOf = (type: string) =>
  Object.fromEntries(Object.entries(LINK_FIELDS[type] ?? {}).map(([field, spec]) => [field, linkResolver(spec)]));

const PROJECTS: RelationType[] = ['LOCATED_IN', 'CONNECTS'];
const NO_PARAMS = {};
// Place.projects gives {project, place, relation, evidence}: its far nodes are projects.
export const PLACE_PROJECTS: LinkSpec = {
  label: 'Project',
  types: PROJECTS,
  dir: 'IN',
  shape: 'links',
  key: 'project',
  first: 50,
};

type PlaceProjectRow = {
  project: NodeMap;
  // Null when the project is the asking place's own (the Cypher does not send it once per row).
  place: NodeMap | null;
  type: string;
  rel: Record<string, unknown>;
  next?: LinkRow[][];
};

/** The parameters (and loader key) of Place.projects. */
export const placeProjectsParams = (args: Args & { includeSubPlaces?: boolean | null }, evidence: boolean) => ({
  sub: args.includeSubPlaces === true,
  first: pageSize(args.first, 50),
  evidence,
});

// Rows of api-place-projects: primes the projects' own link fields looked ahead.
const placeProjectsPick = (ctx: ApiContext, next: NextSpec[]) => (r: Record<string, unknown>) => {
  const links = (r.links ?? []) as PlaceProjectRow[];
  primeNext(
    ctx,
    links.map((l) => ({ id: l.project.id, next: l.next })),
    next,
  );
  return links;
};

/** Look-ahead from `place(…)`: the place's projects fetched with it, primed for Place.projects. */
export function primePlaceProjects(
  ctx: ApiContext,
  placeId: string,
  params: ReturnType<typeof placeProjectsParams>,
  next: NextSpec[],
  rows: PlaceProjectRow[],
): void {
  primeNext(
    ctx,
    rows.map((l) => ({ id: l.project.id, next: l.next })),
    next,
  );
  ctx.loaders.prime('place-projects', params, placeId, rows, placeProjectsPick(ctx, []), [], { next: [] });
}

/** Field resolvers of the entity types, Document, Evidence and Mention. */
export const entityFieldResolvers = {
  Entity: { __resolveType: (n: NodeMap) => n.__label },
  Place: {
    ...entityBase,
    ...linksOf('Place'),
    projectCount: count('Project', PROJECTS, 'IN'),
    partnerCount: count(null, ['COOPERATES_WITH'], 'BOTH'),
    projects: async (
      parent: NodeMap,
      args: Args & { includeSubPlaces?: boolean | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const next = nextSpecs(PLACE_PROJECTS, info);
      const rows = await ctx.loaders.load(
        'place-projects',
        placeProjectsParams(
          args,
          info.fieldNodes.some((f) => wantsEvidence('links', f.selectionSet, info)),
        ),
        parent.id,
        placeProjectsPick(ctx, next),
        [],
        {
          next: next.map((n) => n.params),
        },
      );
      return rows.map((l) => withEvidence({ project: l.project, place: l.place ?? parent, relation: l.type }, l.rel));
    },
  },
  Region: { ...entityBase, ...linksOf('Region') },
  Project: {
    ...entityBase,
    ...linksOf('Project'),
    stages: (parent: NodeMap, _a: unknown, ctx: ApiContext) =>
      ctx.loaders.load('stages', NO_PARAMS, parent.id, (r) => r.stages as string[], []),
  },
  Program: { ...entityBase, ...linksOf('Program'), projectCount: count('Project', ['UNDER'], 'IN') },
  Organization: {
    ...entityBase,
    ...linksOf('Organization'),
    projectCount: count('Project', ['PARTICIPATES_IN'], 'OUT'),
  },
  Sector: { ...entityBase, ...linksOf('Sector'), projectCount: count('Project', ['IN_SECTOR'], 'IN') },
  Document: {
    issuer: (d: NodeMap, _a: unknown, ctx: ApiContext) =>
      typeof d.issuerCode === 'string' ? placeByRef(ctx, d.issuerCode) : null,
  },
  Evidence: {
    document: (e: EvidenceItem, _a: unknown, ctx: ApiContext) => documentById(ctx, e.docId),
  },
};
