import type { ApiContext } from '../context.js';
import { notFound, text } from '../limits.js';
import type { NodeMap } from '../records.js';

// Parameter objects made once: the loaders find theirs by identity (see Loaders).
const NO_PROJECTS = { projects: null };
const NONE = {};
const nodeOf = (r: Record<string, unknown>) => r.node as NodeMap;

/** A place by id, code, official name or alias (batched per request). */
export const placeByRef = (ctx: ApiContext, ref: string): Promise<NodeMap | null> =>
  ctx.loaders.load('place-by-ref', NO_PROJECTS, ref, nodeOf, null);

/** An entity by id (batched per request). */
export const entityById = (ctx: ApiContext, id: string): Promise<NodeMap | null> =>
  ctx.loaders.load('entities-by-id', NONE, id, nodeOf, null);

/** A document by id (batched per request). */
export const documentById = (ctx: ApiContext, id: string): Promise<NodeMap | null> =>
  ctx.loaders.load('documents-by-id', NONE, id, nodeOf, null);

/** The place an argument names, or a NOT_FOUND error saying which argument named nothing. */
export async function requirePlace(ctx: ApiContext, ref: string, arg: string): Promise<NodeMap> {
  const t = text(ref, arg) as string;
  const p = await placeByRef(ctx, t);
  if (!p) throw notFound(`${arg}: no place has the id, code or name "${t}"`);
  return p;
}

/** A place id for an optional filter argument (null when unset). */
export const optionalPlaceId = async (ctx: ApiContext, ref: string | null | undefined, arg: string) =>
  ref === null || ref === undefined ? null : (await requirePlace(ctx, ref, arg)).id;

/** An entity by id, or else a place by code or name (so traversals accept 绵阳市 as well as place:510700). */
export async function requireEntity(ctx: ApiContext, ref: string, arg: string): Promise<NodeMap> {
  const t = text(ref, arg) as string;
  // Ids always read `type:key`; anything else can only be a place code or name (one round trip, not two).
  const e = /^[a-z]+:/.test(t) ? ((await entityById(ctx, t)) ?? (await placeByRef(ctx, t))) : await placeByRef(ctx, t);
  if (!e) throw notFound(`${arg}: no entity has the id "${t}" (and no place that code or name)`);
  return e;
}
