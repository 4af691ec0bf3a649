import type { ApiContext } from '../context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput, LIMITS, pageSize, text } from '../limits.js';
import type { NodeMap } from '../records.js';
import { PLACE_PROJECTS, placeProjectsParams, primePlaceProjects } from './entity-fields.js';
import { argValue, fieldsOf, nextSpecs, wantsEvidence } from './link-fields.js';
import { documentById, entityById, placeByRef } from './refs.js';

// Lucene's query syntax characters; the user's text is escaped so it is only ever text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * The Lucene query for a search text: the text as a phrase (the cjk analyzer splits it into
 * bigrams), or, for plain words, also as a prefix (绵 → 绵阳市, whose bigrams start with 绵).
 */
export function luceneQuery(t: string): string {
  const escaped = t.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  const phrase = `"${escaped}"`;
  return /^[\p{L}\p{N}]+$/u.test(t) ? `${phrase} OR ${t}*` : phrase;
}

/**
 * `place(…)`, looking ahead: when the query selects the place's `projects`, the place and its
 * projects (with their own link fields) come in one Cypher, primed for Place.projects.
 */
async function placeWithProjectsAhead(ctx: ApiContext, ref: string, info: GraphQLResolveInfo): Promise<NodeMap | null> {
  const field = info.fieldNodes.flatMap((f) => fieldsOf(f.selectionSet, info)).find((f) => f.name.value === 'projects');
  const first = field && argValue(field, 'first', info);
  // No projects asked for, or a `first` out of bounds (the field itself will say so): plain lookup.
  if (!field || (first !== undefined && (typeof first !== 'number' || first < 1 || first > LIMITS.maxFirst)))
    return placeByRef(ctx, ref);
  const params = placeProjectsParams(
    { first: first as number | undefined, includeSubPlaces: argValue(field, 'includeSubPlaces', info) === true },
    wantsEvidence('links', field.selectionSet, info),
  );
  const next = nextSpecs(PLACE_PROJECTS, { ...info, fieldNodes: [field] });
  return ctx.loaders.load(
    'place-by-ref',
    { projects: { ...params, next: next.map((n) => n.params) } },
    ref,
    (r) => {
      const node = r.node as NodeMap;
      primePlaceProjects(ctx, node.id, params, next, (r.projects ?? []) as Parameters<typeof primePlaceProjects>[4]);
      return node;
    },
    null,
  );
}

/** Query fields that look one thing up. */
export const lookupResolvers = {
  entity: (_: unknown, a: { id: string }, ctx: ApiContext) => entityById(ctx, text(a.id, 'id') as string),
  document: (_: unknown, a: { id: string }, ctx: ApiContext) => documentById(ctx, text(a.id, 'id') as string),
  place: async (
    _: unknown,
    a: { id?: string | null; code?: string | null; name?: string | null },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const given = [a.id, a.code, a.name].filter((v) => v !== null && v !== undefined);
    if (given.length !== 1) throw badInput('place takes exactly one of id, code or name');
    const ref = text(given[0], 'place') as string;
    const p = await placeWithProjectsAhead(ctx, ref, info);
    // A code must match a code and an id an id: only `name` may fall back to aliases.
    if (p && a.code && p.code !== a.code.trim()) return null;
    if (p && a.id && p.id !== a.id.trim()) return null;
    return p;
  },
  search: async (_: unknown, a: { text: string; types?: string[] | null; first?: number | null }, ctx: ApiContext) => {
    const t = text(a.text, 'text') as string;
    const rows = await ctx.loaders.run('search', {
      lucene: luceneQuery(t),
      text: t,
      types: a.types && a.types.length ? a.types : null,
      first: pageSize(a.first, 10),
    });
    return rows.map((r) => ({ entity: r.node as NodeMap, score: Number(r.score) }));
  },
};
