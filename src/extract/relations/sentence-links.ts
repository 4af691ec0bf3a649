import type { Entity } from '../../model/index.js';
import type { Occurrence } from '../resolve/occurrence.js';
import { between, clauseAround, inside, type RelationDraft, type RuleInput } from './draft.js';
import { hasAny, WORDS } from './words.js';

/**
 * The clause-level links: IN_SECTOR (a sector named in the project's name, or the only sector of
 * its clause), UNDER (the only programme of the project's clause), PARTICIPATES_IN (an
 * organisation in the project's clause with a participation verb: 建设, 投资, 承建, 运营 …).
 */
export function sentenceLinks(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  // every link starts from a project: most sentences name none, and need none of what follows
  if (!hasProject(input.occurrences)) return out;
  const sameSpan = (x: Occurrence, type: Entity['type']) =>
    input.occurrences.some((y) => y.entity.type === type && y.start === x.start && y.end === x.end);
  const isProject = (x: Occurrence) => sameSpan(x, 'Project');
  const isOrg = (x: Occurrence) => sameSpan(x, 'Organization');
  // items of one 、 list (实施市第二人民医院、市中医医院等新改扩建项目): the hospital is listed as a project
  const listedWith = (a: Occurrence, b: Occurrence) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const text = between(input, first.end, second.start);
    return /^(、[^，,。；;：:、]{1,20})*、$/.test(text);
  };
  for (const o of input.occurrences) {
    if (o.entity.type !== 'Project') continue;
    const project = o.entity;
    const clause = clauseAround(input, o.start);
    const s = o.sentence;
    const inName = inside(input, o.start, o.end, 'Sector');
    // A sector inside another project's name (江油抽水蓄能电站) belongs to that project.
    const projects = inside(input, clause.start, clause.end, 'Project');
    const inClause = inside(input, clause.start, clause.end, 'Sector').filter(
      (x) => !projects.some((p) => p.start <= x.start && x.end <= p.end),
    );
    if (inName.length > 0)
      for (const x of inName)
        out.push({ type: 'IN_SECTOR', from: project, to: x.entity, sentence: s, rule: 'in-sector.name' });
    else if (inClause.length === 1)
      out.push({ type: 'IN_SECTOR', from: project, to: inClause[0]!.entity, sentence: s, rule: 'in-sector.clause' });
    const programs = inside(input, clause.start, clause.end, 'Program');
    if (programs.length === 1)
      out.push({ type: 'UNDER', from: project, to: programs[0]!.entity, sentence: s, rule: 'under.clause' });
    if (!hasAny(between(input, clause.start, clause.end), WORDS.participation)) continue;
    for (const org of inside(input, clause.start, clause.end, 'Organization')) {
      if (org.start < o.end && o.start < org.end) continue;
      // a hospital, university or institute listed beside a project is being built or is a partner, not a builder
      if (
        org.entity.type === 'Organization' &&
        org.entity.kind !== 'enterprise' &&
        (isProject(org) || isOrg(o) || listedWith(org, o))
      )
        continue;
      // an organisation inside another project's name (B医院新区) is that project's
      if (projects.some((p) => p.start <= org.start && org.end <= p.end && p.end - p.start > org.end - org.start))
        continue;
      out.push({ type: 'PARTICIPATES_IN', from: org.entity, to: project, sentence: s, rule: 'participates.clause' });
    }
  }
  return out;
}

function hasProject(occurrences: readonly Occurrence[]): boolean {
  for (const o of occurrences) if (o.entity.type === 'Project') return true;
  return false;
}
