/** Relations: rules over one sentence at a time, merged into relations with evidence. */
import { connects } from './connects.js';
import { cooperates } from './cooperates.js';
import type { RelationDraft, RelationRule, RuleInput } from './draft.js';
import { joinRegion } from './join-region.js';
import { locatedIn } from './located-in.js';
import { partOf } from './part-of.js';
import { sentenceLinks } from './sentence-links.js';

/** The relation rules, in the order their evidence is recorded. */
const RULES: readonly RelationRule[] = [locatedIn, connects, cooperates, joinRegion, partOf, sentenceLinks];

/** Every relation draft the rules read from one sentence. */
export function findRelations(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const rule of RULES) for (const d of rule(input)) out.push(d);
  return out;
}

export { memberOf } from './member-of.js';
export { mergeRelations, relationId } from './relation-set.js';
export type { RelationDraft, RuleInput } from './draft.js';
