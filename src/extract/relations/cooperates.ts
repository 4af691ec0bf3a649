import type { Entity } from '../../model/index.js';
import type { Occurrence } from '../resolve/occurrence.js';
import { regionInfo } from '../regions/index.js';
import { between, clauseAround, inside, type RelationDraft, type RuleInput } from './draft.js';
import { hasAny, WORDS } from './words.js';

type Draft = RelationDraft;
const AREA = ['Place', 'Region'] as const;

/**
 * COOPERATES_WITH between places and regions a sentence says work together:
 * compounds (成自合作, 内自同城化, 成德眉资同城化), pairs joined by a dash before a cooperation word
 * (沿滩—长寿产业合作示范园区), lists after 与 (深化与厦门、东莞、苏州等地合作: the issuer with each;
 * 推动甲与乙合作: 甲 with each), pairing words (对口帮扶 X), and the parts of a composite region
 * named with a cooperation word (川南渝西融合发展). Joining a region is `joinRegion`.
 */
export function cooperates(input: RuleInput): Draft[] {
  return [...fromCompounds(input), ...fromDashes(input), ...fromWithLists(input), ...fromPairing(input), ...fromRegionParts(input)];
}

export function pair(a: Entity, b: Entity, sentence: number, rule: string): Draft[] {
  if (a.id === b.id) return [];
  const [from, to] = a.id < b.id ? [a, b] : [b, a];
  return [{ type: 'COOPERATES_WITH', from, to, sentence, rule }];
}

function fromCompounds(input: RuleInput): Draft[] {
  const out: Draft[] = [];
  const s = input.findings.sentence.index;
  for (const c of input.findings.compounds) {
    if (c.kind !== 'cooperation' && c.kind !== 'bare') continue;
    const ends = c.places.map((p) => input.occurrences.find((o) => o.start === p.start && o.entity.type === 'Place')!.entity);
    for (let i = 0; i < ends.length; i++) for (let j = i + 1; j < ends.length; j++) out.push(...pair(ends[i]!, ends[j]!, s, `cooperates.compound.${c.kind}`));
  }
  return out;
}

/** 沿滩—长寿产业合作示范园区; 高新—綦江 (a home zone with a partner): the issuer with the partner. */
function fromDashes(input: RuleInput): Draft[] {
  const out: Draft[] = [];
  const text = input.findings.sentence.text;
  const base = input.findings.sentence.start;
  const areas = input.occurrences.filter((o) => o.entity.type === 'Place' || o.entity.type === 'Region');
  for (const right of areas) {
    const dash = text[right.start - base - 1] ?? '';
    if (!WORDS.dashes.has(dash) || right.rule === 'place.abbreviation') continue;
    const clause = clauseAround(input, right.start);
    if (!hasAny(between(input, right.end, clause.end), WORDS.cooperation)) continue;
    const left = areas.find((o) => o.end === right.start - 1);
    if (left) out.push(...pair(left.entity, right.entity, right.sentence, 'cooperates.dash'));
    else if (input.issuer) out.push(...pair(input.issuer, right.entity, right.sentence, 'cooperates.dash.home'));
  }
  return out;
}

/**
 * The places and regions listed from `at` on (A、B和C), as long as only list marks come between
 * them. A province right before its own city (贵州铜仁) gives way to the city. `strict`: a place
 * that starts a longer name (与上海申龙合作, 与广州妇女儿童医疗中心合作) is no partner and ends the list.
 */
export function listFrom(input: RuleInput, at: number, end: number, strict = false): Occurrence[] {
  const items: Occurrence[] = [];
  let pos = at;
  for (const o of inside(input, at, end, ...AREA)) {
    if (o.start < pos) continue;
    if (!WORDS.listGaps.has(between(input, pos, o.start))) break;
    const last = items.at(-1);
    if (last && last.end === o.start && encloses(last.entity, o.entity)) items.pop();
    items.push(o);
    pos = o.end;
  }
  if (!strict) return items;
  const cut = items.findIndex((o) => o.entity.type === 'Place' && startsLongerName(input, o));
  return cut < 0 ? items : items.slice(0, cut);
}

/** jieba tags that continue a proper name or a noun phrase after a place. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'nt', 'n', 'x']);

function startsLongerName(input: RuleInput, o: Occurrence): boolean {
  const next = input.findings.sentence.tokens.find((t) => t.start === o.end);
  if (!next || !/^[\u4e00-\u9fa5]/.test(next.word) || hasAny(next.word, WORDS.cooperation)) return false;
  const nextIsPlace = input.occurrences.some((x) => x.start === o.end);
  return !nextIsPlace && NAME_TAGS.has(next.tag);
}

function encloses(outer: Entity, inner: Entity): boolean {
  return outer.type === 'Place' && inner.type === 'Place' && inner.code.startsWith(outer.code.replace(/0+$/, '')) && inner.code !== outer.code;
}

function fromWithLists(input: RuleInput): Draft[] {
  const out: Draft[] = [];
  const s = input.findings.sentence;
  for (let k = s.text.indexOf('与'); k >= 0; k = s.text.indexOf('与', k + 1)) {
    const at = s.start + k;
    const clause = clauseAround(input, at);
    const items = listFrom(input, at + 1, clause.end, true);
    if (items.length === 0) continue;
    if (!hasAny(between(input, items.at(-1)!.end, clause.end), WORDS.cooperation)) continue;
    const subject = input.occurrences.find((o) => o.end === at && (o.entity.type === 'Place' || o.entity.type === 'Region'));
    const home = subject?.entity ?? input.issuer;
    if (!home) continue;
    for (const o of items) out.push(...pair(home, o.entity, s.index, subject ? 'cooperates.pair' : 'cooperates.with'));
  }
  return out;
}

function fromPairing(input: RuleInput): Draft[] {
  const out: Draft[] = [];
  const s = input.findings.sentence;
  if (!input.issuer) return out;
  for (const word of WORDS.pairingBefore) {
    for (let k = s.text.indexOf(word); k >= 0; k = s.text.indexOf(word, k + 1)) {
      const at = s.start + k + word.length;
      for (const o of listFrom(input, at, clauseAround(input, at).end)) out.push(...pair(input.issuer, o.entity, s.index, 'cooperates.pairing'));
    }
  }
  return out;
}

/** 推动川南渝西地区融合发展: the parts of a composite region work together. */
function fromRegionParts(input: RuleInput): Draft[] {
  const out: Draft[] = [];
  for (const r of input.occurrences) {
    if (r.entity.type !== 'Region' || r.rule === 'region.part' || regionInfo(r.entity.name).parts.length < 2) continue;
    if (!hasAny(between(input, r.end, clauseAround(input, r.end).end), WORDS.cooperation)) continue;
    const parts = input.occurrences.filter((o) => o.rule === 'region.part' && o.start >= r.start && o.end <= r.end);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) out.push(...pair(parts[i]!.entity, parts[j]!.entity, r.sentence, 'cooperates.region-parts'));
  }
  return out;
}
