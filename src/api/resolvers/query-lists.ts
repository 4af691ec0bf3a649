import type { ApiContext } from '../context.js';
import { connection, decodeCursor, pageSize, text } from '../limits.js';
import type { NodeMap } from '../records.js';
import { optionalPlaceId, requirePlace } from './refs.js';

type Page = { first?: number | null; after?: string | null };
type Order = { field?: string; direction?: 'ASC' | 'DESC' } | null | undefined;

/** Runs a list query with paging and sorting parameters; returns a connection. */
async function page(
  ctx: ApiContext,
  name: Parameters<ApiContext['loaders']['run']>[0],
  params: Record<string, unknown>,
  a: Page,
  order: Order,
) {
  const limit = pageSize(a.first);
  const skip = decodeCursor(a.after);
  const rows = await ctx.loaders.run(name, {
    ...params,
    sort: order?.field ?? 'NAME',
    desc: order?.direction === 'DESC',
    skip,
    limit,
  });
  const row = rows[0] ?? { total: 0, nodes: [] };
  return connection(Number(row.total), row.nodes as NodeMap[], skip);
}

type ProjectWhere = {
  place?: string | null;
  withinPlace?: string | null;
  sector?: string | null;
  program?: string | null;
  kind?: string | null;
  stage?: string | null;
  year?: number | null;
  nameContains?: string | null;
};

/** Query fields that list with filters, sorting and cursor pagination. */
export const listResolvers = {
  projects: async (_: unknown, a: Page & { where?: ProjectWhere | null; orderBy?: Order }, ctx: ApiContext) => {
    const w = a.where ?? {};
    const [place, within] = await Promise.all([
      optionalPlaceId(ctx, w.place, 'where.place'),
      optionalPlaceId(ctx, w.withinPlace, 'where.withinPlace'),
    ]);
    return page(
      ctx,
      'list-projects',
      {
        place,
        within,
        sector: text(w.sector, 'where.sector'),
        program: text(w.program, 'where.program'),
        kind: text(w.kind, 'where.kind'),
        stage: w.stage ?? null,
        year: w.year ?? null,
        nameContains: text(w.nameContains, 'where.nameContains'),
      },
      a,
      a.orderBy,
    );
  },
  places: async (
    _: unknown,
    a: Page & {
      where?: { level?: string | null; within?: string | null; nameContains?: string | null } | null;
      orderBy?: Order;
    },
    ctx: ApiContext,
  ) => {
    const w = a.where ?? {};
    const within = await optionalPlaceId(ctx, w.within, 'where.within');
    return page(
      ctx,
      'list-places',
      { level: w.level ?? null, within, nameContains: text(w.nameContains, 'where.nameContains') },
      a,
      a.orderBy,
    );
  },
  programs: (
    _: unknown,
    a: Page & { where?: { nameContains?: string | null } | null; orderBy?: Order },
    ctx: ApiContext,
  ) => related(ctx, 'Program', a),
  sectors: (
    _: unknown,
    a: Page & { where?: { nameContains?: string | null } | null; orderBy?: Order },
    ctx: ApiContext,
  ) => related(ctx, 'Sector', a),
  organizations: (
    _: unknown,
    a: Page & { where?: { nameContains?: string | null; kind?: string | null } | null; orderBy?: Order },
    ctx: ApiContext,
  ) => related(ctx, 'Organization', a),
  documents: async (
    _: unknown,
    a: Page & { where?: { year?: number | null; issuer?: string | null } | null },
    ctx: ApiContext,
  ) => {
    const w = a.where ?? {};
    const issuer = w.issuer ? (await requirePlace(ctx, w.issuer, 'where.issuer')).code : null;
    return page(ctx, 'list-documents', { year: w.year ?? null, issuer }, a, null);
  },
};

/** Programmes, sectors and organisations share one list query; the label comes from this file. */
function related(
  ctx: ApiContext,
  label: 'Program' | 'Sector' | 'Organization',
  a: Page & { where?: { nameContains?: string | null; kind?: string | null } | null; orderBy?: Order },
) {
  const w = a.where ?? {};
  return page(
    ctx,
    'list-related',
    { label, kind: text(w.kind, 'where.kind'), nameContains: text(w.nameContains, 'where.nameContains') },
    a,
    a.orderBy,
  );
}
