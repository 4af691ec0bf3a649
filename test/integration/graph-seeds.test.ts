import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extract } from '../../src/extract/index.js';
import { applySchema, deleteDocument, GraphStore, writeExtraction } from '../../src/graph/index.js';
import { readDocument } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';

// The seeds through the real extractor into the real Neo4j. Each document is written under a
// test id of its own, so that a graph already holding the seeds is left as it was.
const config = loadConfig();
const tag = `test-seeds-${process.pid}`;
const extractions: Extraction[] = [];
let store: GraphStore;

const asTestDocument = (x: Extraction): Extraction => ({
  ...x,
  document: { ...x.document, id: `${tag}-${x.document.id}`, path: `/${tag}/${x.document.path}` },
});

for (const f of readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort())
  extractions.push(asTestDocument(extract(await readDocument(join('seeds', f)))));
// The extraction skeleton finds nothing: then there is nothing to check yet.
const extractorReady = extractions.some((x) => x.relations.length > 0);

beforeAll(async () => {
  if (!extractorReady) return;
  store = await GraphStore.connect(config);
  await applySchema(store);
  for (const x of extractions) expect((await writeExtraction(store, x)).status).toBe('written');
});

afterAll(async () => {
  if (!store) return;
  for (const x of extractions) await deleteDocument(store, x.document.id);
  await store.close();
});

const docs = () => extractions.map((x) => x.document.id);
const q = <R>(cypher: string) =>
  store.executeRead(async (tx) => (await tx.run<R>({ cypher, params: { docs: docs() } })).rows);

describe.skipIf(!extractorReady)('the seeds in the graph (needs the real extractor)', () => {
  it('the 自贡至永川 highway CONNECTS 永川区, with its sentence', async () => {
    const rows = await q<{ project: string; texts: string[] }>(
      `MATCH (j:Project)-[r:CONNECTS]->(p:Place {name: '永川区'})
       WHERE j.name CONTAINS '自贡' AND j.name CONTAINS '永川' AND any(d IN r.evidenceDocs WHERE d IN $docs)
       RETURN j.name AS project, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] IN $docs | r.evidenceTexts[i]] AS texts`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.project).toMatch(/高速/);
    expect(rows[0]!.texts[0]).toContain('永川');
  });

  it('绵阳市 COOPERATES_WITH 北碚区, with its sentence', async () => {
    const rows = await q<{ texts: string[] }>(
      `MATCH (:Place {name: '绵阳市'})-[r:COOPERATES_WITH]-(:Place {name: '北碚区'})
       WHERE any(d IN r.evidenceDocs WHERE d IN $docs)
       RETURN [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] IN $docs | r.evidenceTexts[i]] AS texts`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.texts.some((t) => /绵碚|北碚/.test(t))).toBe(true);
  });

  it('every fact the seeds state carries its sentence, offsets and rule', async () => {
    const bad = await q<{ n: number }>(
      `MATCH ()-[r]->() WHERE any(d IN r.evidenceDocs WHERE d IN $docs)
       AND NOT (size(r.evidenceTexts) = size(r.evidenceDocs) AND size(r.evidenceStarts) = size(r.evidenceDocs)
                AND size(r.evidenceRules) = size(r.evidenceDocs) AND all(t IN r.evidenceTexts WHERE t <> ''))
       RETURN count(r) AS n`,
    );
    expect(bad).toEqual([{ n: 0 }]);
  });

  it('every place the seeds name hangs on the GB/T chain up to a province', async () => {
    const loose = await q<{ name: string }>(
      `MATCH (d:Document)-[:MENTIONS]->(p:Place) WHERE d.id IN $docs AND p.level IN ['city', 'county', 'town']
       AND NOT EXISTS { (p)-[:PART_OF*1..3]->(:Place {level: 'province'}) }
       RETURN DISTINCT p.name AS name`,
    );
    expect(loose).toEqual([]);
  });
});
