import type { PlaceEntity, ProjectEntity } from '../../model/index.js';
import { getGazetteer, inIssuerCity, inIssuerProvince, type PlaceContext } from '../places/index.js';
import type { Occurrence } from '../resolve/occurrence.js';
import { between, clauseAround, inside, type RelationDraft, type RuleInput } from './draft.js';
import { WORDS } from './words.js';

const LEVEL_DEPTH: Record<PlaceEntity['level'], number> = { foreign: 0, province: 1, city: 2, county: 3, town: 4 };

/**
 * LOCATED_IN, one per project occurrence: the finest place its name gives (江油抽水蓄能电站 →
 * 江油市; the section of a line: 九绵高速江油至平武段 → 江油市, 平武县), else the issuing place.
 * Abbreviations in a name (绵遂内铁路) say what a line joins, not where the project is; a
 * place of another city in a name (高新—綦江产业合作示范园区) names a partner, and the project lies
 * at home. With no place in the name, the one county of the clause (支持盐亭加快建设绿色化工园区).
 */
export function locatedIn(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const o of input.occurrences) {
    if (o.entity.type !== 'Project') continue;
    const project = o.entity;
    // A coordinated span (梓潼、盐亭风电项目) holds places of its sibling too: keep those in this name.
    const named = inside(input, o.start, o.end, 'Place').filter((p) => p.rule !== 'place.abbreviation' && project.name.includes(p.surface));
    const found = WORDS.lineKinds.has(project.kind)
      ? project.partOf !== undefined
        ? sectionPlaces(project, o, named)
        : homePlaces(project, named.filter((p) => !isEndpoint(input, p)), input.ctx)
      : homePlaces(project, named, input.ctx);
    const sentence = o.sentence;
    const clause = found.length === 0 ? clausePlace(input, o) : undefined;
    if (found.length > 0) for (const p of found) out.push({ type: 'LOCATED_IN', from: project, to: p, sentence, rule: 'located.name' });
    else if (clause) out.push({ type: 'LOCATED_IN', from: project, to: clause, sentence, rule: 'located.clause' });
    else if (input.issuer) out.push({ type: 'LOCATED_IN', from: project, to: input.issuer, sentence, rule: 'located.issuer' });
  }
  return out;
}

/** Places named in a line's section suffix (成兰铁路 | 绵阳段). */
function sectionPlaces(project: ProjectEntity, o: Occurrence, named: Occurrence[]): PlaceEntity[] {
  const line = (project.partOf ?? '').slice('project:'.length);
  const sectionStart = o.start + (o.surface.startsWith(line) ? line.length : o.surface.length);
  return unique(named.filter((p) => p.start >= sectionStart).map((p) => p.entity as PlaceEntity));
}

/** The finest places of a name inside the issuer's territory, else the finest anywhere. */
function homePlaces(project: ProjectEntity, named: Occurrence[], ctx: PlaceContext): PlaceEntity[] {
  const places = named.map((p) => p.entity as PlaceEntity).filter((p) => p.level !== 'foreign');
  const g = getGazetteer();
  const home = places.filter((p) => {
    const d = g.byCode.get(p.code);
    return d !== undefined && (ctx.issuerCity !== undefined ? inIssuerCity(d, ctx) : inIssuerProvince(d, ctx));
  });
  const pool = ctx.issuerCode === undefined ? places : home;
  const depth = Math.max(-1, ...pool.map((p) => LEVEL_DEPTH[p.level]));
  return unique(pool.filter((p) => LEVEL_DEPTH[p.level] === depth)).slice(0, 1);
}

/**
 * 支持盐亭加快建设绿色化工园区: the one county or town of the issuer's city named earlier in the
 * project's clause. Two such places, or none, leave the project to the issuer.
 */
function clausePlace(input: RuleInput, o: Occurrence): PlaceEntity | undefined {
  const ctx = input.ctx;
  if (ctx.issuerCity === undefined) return undefined;
  const clause = clauseAround(input, o.start);
  const g = getGazetteer();
  const local = inside(input, clause.start, o.start, 'Place').filter((p) => {
    const d = g.byCode.get((p.entity as PlaceEntity).code);
    return p.rule !== 'place.abbreviation' && d !== undefined && inIssuerCity(d, ctx) && (d.level === 'county' || d.level === 'town');
  });
  const projectsBefore = inside(input, clause.start, o.start, 'Project');
  const ids = new Set(local.map((p) => p.entity.id));
  return ids.size === 1 && projectsBefore.length === 0 ? (local[0]!.entity as PlaceEntity) : undefined;
}

/** A place beside 至 / 经 / — names an end of a line, not where the project is. */
function isEndpoint(input: RuleInput, p: Occurrence): boolean {
  return WORDS.endpointMarks.has(between(input, p.start - 1, p.start)) || WORDS.endpointMarks.has(between(input, p.end, p.end + 1));
}

function unique(places: PlaceEntity[]): PlaceEntity[] {
  return [...new Map(places.map((p) => [p.id, p])).values()];
}
