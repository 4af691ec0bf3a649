/**
 * Hand-made extractions in the exact shape of src/model, for the graph tests. The sentences are
 * composed in the style of a city's work report (宜宾), not taken from the seeds.
 */
import type { Entity, Extraction, Mention, Relation, RelationType, Stage } from '../../src/model/index.js';

export const SENTENCES = [
  '2024年宜宾市政府工作报告',
  '加快宜宾至泸州城际快线建设，力争年内全线开工。',
  '深化宜泸同城化发展，与泸州市共建川南临港物流园。',
  '江安县长江二桥建成通车，红桥镇码头扩能工程加快建设。',
  '实施“临港产业倍增计划”，川南临港物流园纳入物流产业布局。',
];

export const ENTITIES: Entity[] = [
  {
    type: 'Place',
    id: 'place:511500',
    name: '宜宾市',
    aliases: ['宜宾', '宜'],
    code: '511500',
    level: 'city',
    parentCode: '510000',
    rule: 'place.gazetteer',
  },
  {
    type: 'Place',
    id: 'place:510500',
    name: '泸州市',
    aliases: ['泸州', '泸'],
    code: '510500',
    level: 'city',
    parentCode: '510000',
    rule: 'place.gazetteer',
  },
  {
    type: 'Place',
    id: 'place:511523',
    name: '江安县',
    aliases: ['江安'],
    code: '511523',
    level: 'county',
    parentCode: '511500',
    rule: 'place.gazetteer',
  },
  {
    type: 'Place',
    id: 'place:511523101',
    name: '红桥镇',
    aliases: [],
    code: '511523101',
    level: 'town',
    parentCode: '511523',
    rule: 'place.gazetteer',
  },
  {
    type: 'Project',
    id: 'project:宜宾至泸州城际快线',
    name: '宜宾至泸州城际快线',
    aliases: [],
    kind: 'railway',
    rule: 'project.suffix',
  },
  {
    type: 'Project',
    id: 'project:川南临港物流园',
    name: '川南临港物流园',
    aliases: [],
    kind: 'park',
    rule: 'project.suffix',
  },
  {
    type: 'Project',
    id: 'project:江安县长江二桥',
    name: '江安县长江二桥',
    aliases: ['长江二桥'],
    kind: 'bridge',
    rule: 'project.suffix',
  },
  {
    type: 'Project',
    id: 'project:红桥镇码头扩能工程',
    name: '红桥镇码头扩能工程',
    aliases: [],
    kind: 'port',
    rule: 'project.suffix',
  },
  { type: 'Program', id: 'program:临港产业倍增计划', name: '临港产业倍增计划', aliases: [], rule: 'program.quoted' },
  { type: 'Sector', id: 'sector:logistics', name: '现代物流', aliases: ['物流'], rule: 'sector.taxonomy' },
];

const ref = (id: string) => {
  const e = ENTITIES.find((x) => x.id === id)!;
  return { id, type: e.type, name: e.name, ...(e.type === 'Place' ? { code: e.code } : {}) };
};

/** Offsets of every sentence once joined with newlines, as Document.text would hold them. */
export function sentenceSpans(sentences: string[]) {
  let start = 0;
  return sentences.map((text, index) => {
    const s = { index, start, end: start + text.length, text };
    start = s.end + 1;
    return s;
  });
}

// [type, from, to, sentence, rule]
const FACTS: [RelationType, string, string, number, string][] = [
  ['CONNECTS', 'project:宜宾至泸州城际快线', 'place:511500', 1, 'relation.endpoints'],
  ['CONNECTS', 'project:宜宾至泸州城际快线', 'place:510500', 1, 'relation.endpoints'],
  // Stated from 泸州's side on purpose: the store keeps it once, from the smaller id.
  ['COOPERATES_WITH', 'place:511500', 'place:510500', 2, 'relation.cooperation'],
  ['LOCATED_IN', 'project:川南临港物流园', 'place:511500', 2, 'relation.issuer-default'],
  ['LOCATED_IN', 'project:江安县长江二桥', 'place:511523', 3, 'relation.name-prefix'],
  ['LOCATED_IN', 'project:红桥镇码头扩能工程', 'place:511523101', 3, 'relation.name-prefix'],
  ['UNDER', 'project:川南临港物流园', 'program:临港产业倍增计划', 4, 'relation.program-sentence'],
  ['IN_SECTOR', 'project:川南临港物流园', 'sector:logistics', 4, 'relation.sector-sentence'],
];

// [entity, sentence, surface, stage, stageVerb]
const MENTIONS: [string, number, string, Stage?, string?][] = [
  ['place:511500', 0, '宜宾市'],
  ['project:宜宾至泸州城际快线', 1, '宜宾至泸州城际快线', 'starting', '开工'],
  ['place:510500', 2, '泸州市'],
  ['project:川南临港物流园', 2, '川南临港物流园', 'promoting', '共建'],
  ['place:511523', 3, '江安县'],
  ['project:江安县长江二桥', 3, '江安县长江二桥', 'operating', '建成通车'],
  ['place:511523101', 3, '红桥镇'],
  ['project:红桥镇码头扩能工程', 3, '红桥镇码头扩能工程', 'accelerating', '加快建设'],
  ['program:临港产业倍增计划', 4, '临港产业倍增计划'],
  ['project:川南临港物流园', 4, '川南临港物流园'],
  ['sector:logistics', 4, '物流'],
];

/**
 * The fixture extraction. `keep` selects which sentences the document has (a "changed" document
 * drops one); facts and mentions of dropped sentences go with them.
 */
export function fixtureExtraction(opts: { id: string; path: string; sentences?: string[] }): Extraction {
  const sentences = opts.sentences ?? SENTENCES;
  const spans = sentenceSpans(sentences);
  const indexOf = (original: number) => sentences.indexOf(SENTENCES[original]!);
  const relations: Relation[] = FACTS.filter(([, , , s]) => indexOf(s) >= 0).map(([type, from, to, s, rule]) => {
    const span = spans[indexOf(s)]!;
    return {
      id: `${type}:${from}->${to}`,
      type,
      from: type === 'COOPERATES_WITH' ? ref(to) : ref(from),
      to: type === 'COOPERATES_WITH' ? ref(from) : ref(to),
      evidence: [{ sentence: span.index, start: span.start, end: span.end, text: span.text, rule }],
    };
  });
  const mentions: Mention[] = MENTIONS.filter(([, s]) => indexOf(s) >= 0).map(
    ([entityId, s, surface, stage, stageVerb]) => {
      const span = spans[indexOf(s)]!;
      const start = span.start + span.text.indexOf(surface);
      return {
        entityId,
        sentence: span.index,
        start,
        end: start + surface.length,
        surface,
        stage,
        stageVerb,
        rule: 'mention',
      };
    },
  );
  const used = new Set([...mentions.map((m) => m.entityId), ...relations.flatMap((r) => [r.from.id, r.to.id])]);
  const text = sentences.join('\n');
  return {
    document: {
      id: opts.id,
      path: opts.path,
      title: sentences[0]!,
      issuer: { code: '511500', name: '宜宾市' },
      year: 2024,
      chars: text.length,
    },
    entities: ENTITIES.filter((e) => used.has(e.id)),
    relations,
    mentions,
    sentences: spans,
    warnings: [],
  };
}
