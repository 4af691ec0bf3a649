import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { applySchema, deleteDocument, graphStats, GraphStore, writeExtraction } from '../../src/graph/index.js';
import { fixtureExtraction, SENTENCES } from './graph-fixtures.js';

// The Browser traversals of cypher/queries, run as a user pastes them, over the fixture document.
const config = loadConfig();
const tag = `graph-queries-${process.pid}`;
const doc = { id: `test-${tag}`, path: `/test/${tag}.txt` };
let store: GraphStore;

beforeAll(async () => {
  store = await GraphStore.connect(config);
  await applySchema(store);
  const x = fixtureExtraction(doc);
  await writeExtraction(store, { ...x, document: { ...x.document, title: `${tag} 宜宾市政府工作报告` } });
});

afterAll(async () => {
  await deleteDocument(store, doc.id);
  await store?.close();
});

const run = <R>(file: string, params: Record<string, unknown>) => {
  const cypher = readFileSync(`cypher/queries/${file}.cypher`, 'utf8').replace(/;\s*$/, '');
  return store.executeRead(async (tx) => (await tx.run<R>({ cypher, params })).rows);
};

describe('cypher/queries', () => {
  it('place-projects: a city’s projects, with those of its county and town', async () => {
    const rows = await run<{ project: string; place: string }>('place-projects', { name: '宜宾市' });
    expect(rows.map((r) => `${r.project}@${r.place}`)).toEqual(
      expect.arrayContaining([
        '宜宾至泸州城际快线@宜宾市',
        '川南临港物流园@宜宾市',
        '江安县长江二桥@江安县',
        '红桥镇码头扩能工程@红桥镇',
      ]),
    );
  });

  it('line-places: the places a line joins, each within its division', async () => {
    const rows = await run<{ place: string; within: string; sentences: string[] }>('line-places', {
      name: '宜宾至泸州城际快线',
    });
    expect(rows.map((r) => [r.place, r.within])).toEqual([
      ['宜宾市', '四川省'],
      ['泸州市', '四川省'],
    ]);
    expect(rows[0]!.sentences).toEqual([SENTENCES[1]]);
  });

  it('cooperation-partners: the partner with the sentence and the report', async () => {
    const rows = await run<{ partner: string; report: string; sentence: string }>('cooperation-partners', {
      name: '宜宾市',
    });
    expect(rows).toContainEqual(
      expect.objectContaining({ partner: '泸州市', report: `${tag} 宜宾市政府工作报告`, sentence: SENTENCES[2] }),
    );
  });

  it('shortest-path: two places linked by a stated fact, never through their province', async () => {
    const rows = await run<{ names: string[]; relations: string[]; sentences: string[] }>('shortest-path', {
      from: '宜宾市',
      to: '泸州市',
    });
    // (other reports in the database may state it too, and come first in the evidence)
    expect(rows).toEqual([
      { names: ['宜宾市', '泸州市'], relations: ['COOPERATES_WITH'], sentences: [expect.any(String)] },
    ]);
    // 江安县 reaches 泸州市 only up the hierarchy (江安县 → 宜宾市 → 四川省 ← 泸州市): no stated link.
    expect(await run('shortest-path', { from: '江安县', to: '泸州市' })).toEqual([]);
  });

  it('sector-projects: a sector’s projects by city', async () => {
    const rows = await run<{ city: string; projects: string[] }>('sector-projects', { sector: '现代物流' });
    expect(rows).toContainEqual(expect.objectContaining({ city: '宜宾市', projects: ['川南临港物流园'] }));
  });

  it('document-facts: everything one report states, sentence by sentence', async () => {
    const rows = await run<{ relation: string; sentence: number }>('document-facts', { title: tag });
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.sentence)).toEqual([...rows.map((r) => r.sentence)].sort((a, b) => a - b));
  });

  it('graphStats: counts by label and type, and the busiest places', async () => {
    const s = await graphStats(store, 100_000);
    expect(s.labels.find((l) => l.label === 'Project')?.count).toBeGreaterThanOrEqual(4);
    expect(s.relationships.map((r) => r.type)).toEqual(expect.arrayContaining(['CONNECTS', 'MENTIONS', 'PART_OF']));
    expect(s.evidence).toBeGreaterThanOrEqual(8);
    expect(s.topProjectPlaces.find((p) => p.code === '511500')?.projects).toBeGreaterThanOrEqual(2);
    expect(s.topPartnerPlaces.find((p) => p.code === '510500')?.partners).toBeGreaterThanOrEqual(1);
  });
});
