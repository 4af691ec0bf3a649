import type { ApiContext } from '../context.js';
import { badInput, pageSize, text } from '../limits.js';
import type { NodeMap } from '../records.js';
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

/** Query fields that look one thing up. */
export const lookupResolvers = {
  entity: (_: unknown, a: { id: string }, ctx: ApiContext) => entityById(ctx, text(a.id, 'id') as string),
  document: (_: unknown, a: { id: string }, ctx: ApiContext) => documentById(ctx, text(a.id, 'id') as string),
  place: async (_: unknown, a: { id?: string | null; code?: string | null; name?: string | null }, ctx: ApiContext) => {
    const given = [a.id, a.code, a.name].filter((v) => v !== null && v !== undefined);
    if (given.length !== 1) throw badInput('place takes exactly one of id, code or name');
    const p = await placeByRef(ctx, text(given[0], 'place') as string);
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
