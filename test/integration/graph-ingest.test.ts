import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  applySchema,
  deleteDocument,
  GraphStore,
  readGraph,
  storedDocumentIds,
  writeExtraction,
  type Dump,
} from '../../src/graph/index.js';
import { fixtureExtraction, SENTENCES } from './graph-fixtures.js';

// Real Neo4j (the local server, or NEO4J_URI). Writes two test documents and removes them again.
const config = loadConfig();
const tag = `graph-ingest-${process.pid}`;
const A = { id: `test-${tag}-a`, path: `/test/${tag}/yibin-2024.txt` };
const A2 = { id: `test-${tag}-a2`, path: A.path };
const B = { id: `test-${tag}-b`, path: `/test/${tag}/yibin-2024-summary.txt` };
let store: GraphStore;
let before: Dump;

const fixtureIds = [
  'project:宜宾至泸州城际快线',
  'project:川南临港物流园',
  'project:江安县长江二桥',
  'program:临港产业倍增计划',
  'sector:logistics',
];

// Properties that merge across documents (aliases) may stay behind on entities that existed before.
const withoutAliases = (d: Dump) => ({
  ...d,
  nodes: d.nodes.map((n) => ({ ...n, properties: { ...n.properties, aliases: [] } })),
});

let preexisting: string[] = [];

beforeAll(async () => {
  store = await GraphStore.connect(config);
  await applySchema(store);
  for (const d of [A, A2, B]) await deleteDocument(store, d.id);
  before = await readGraph(store);
  // The database may hold other graphs (the seeds share 现代物流 with the fixture): those entities stay.
  preexisting = (await q<{ id: string }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id`, { ids: fixtureIds }))
    .map((r) => r.id)
    .sort();
});

afterAll(async () => {
  for (const d of [A, A2, B]) await deleteDocument(store, d.id);
  await store?.close();
});

const q = <R>(cypher: string, params: Record<string, unknown> = {}) =>
  store.executeRead(async (tx) => (await tx.run<R>({ cypher, params })).rows);

describe('writing an extraction', () => {
  it('stores facts with their sentences, the place chain and mentions with stages', async () => {
    const out = await writeExtraction(store, fixtureExtraction(A));
    expect(out.status).toBe('written');
    const connects = await q<{ place: string; texts: string[]; docs: string[] }>(
      `MATCH (:Project {id: 'project:宜宾至泸州城际快线'})-[r:CONNECTS]->(p:Place)
       RETURN p.name AS place, r.evidenceTexts AS texts, r.evidenceDocs AS docs ORDER BY place`,
    );
    expect(connects).toEqual([
      { place: '宜宾市', texts: [SENTENCES[1]], docs: [A.id] },
      { place: '泸州市', texts: [SENTENCES[1]], docs: [A.id] },
    ]);
    // Stated from 宜宾's side, stored once from the smaller id (place:510500 泸州市).
    const coop = await q<{ a: string; b: string }>(
      `MATCH (a:Place)-[r:COOPERATES_WITH]->(b:Place) WHERE $doc IN r.evidenceDocs RETURN a.name AS a, b.name AS b`,
      { doc: A.id },
    );
    expect(coop).toEqual([{ a: '泸州市', b: '宜宾市' }]);
    const chain = await q<{ names: string[]; sources: string[] }>(
      `MATCH path = (:Place {code: '511523101'})-[:PART_OF*3]->(:Place)
       RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | r.source] AS sources`,
    );
    expect(chain).toEqual([{ names: ['红桥镇', '江安县', '宜宾市', '四川省'], sources: Array(3).fill('GB/T 2260') }]);
    const mention = await q<{ stage: string; verb: string; text: string; own: string | null }>(
      `MATCH (d:Document {id: $doc})-[m:MENTIONS]->(:Project {id: 'project:江安县长江二桥'})
       RETURN m.stage AS stage, m.stageVerb AS verb, d.sentences[m.sentence] AS text, m.text AS own`,
      { doc: A.id },
    );
    // The sentence is the document's, stored once; the mention does not repeat it.
    expect(mention).toEqual([{ stage: 'operating', verb: '建成通车', text: SENTENCES[3], own: null }]);
  });

  it('skips a document already stored and leaves the graph as it was', async () => {
    const once = await readGraph(store);
    const out = await writeExtraction(store, fixtureExtraction(A));
    expect(out.status).toBe('unchanged');
    expect(await readGraph(store)).toEqual(once);
  });

  it('rewrites a document an older govkg stored, and the graph is as if written now', async () => {
    const current = await readGraph(store);
    // What an earlier store version left: no storeVersion, the sentence on each mention.
    await store.executeWrite((tx) =>
      tx.run({
        cypher: `MATCH (d:Document {id: $doc}) REMOVE d.storeVersion
                 WITH d MATCH (d)-[m:MENTIONS]->() SET m.text = 'old'`,
        params: { doc: A.id },
      }),
    );
    expect(await storedDocumentIds(store, [A.id])).toEqual(new Set());
    const out = await writeExtraction(store, fixtureExtraction(A));
    expect(out).toMatchObject({ status: 'replaced', replaced: [A.id] });
    expect(await readGraph(store)).toEqual(current);
  });

  it('replaces only the changed document’s evidence', async () => {
    // B states the cooperation too, in its own words.
    await writeExtraction(store, fixtureExtraction({ ...B, sentences: [SENTENCES[0]!, SENTENCES[2]!] }));
    const bEvidence = () =>
      q<{ t: string; texts: string[] }>(
        `MATCH ()-[r]->() WHERE $doc IN r.evidenceDocs
         RETURN type(r) AS t, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] = $doc | r.evidenceTexts[i]] AS texts ORDER BY t`,
        { doc: B.id },
      );
    const bBefore = await bEvidence();
    // A changes at the same path: the bridge and wharf sentence is gone.
    const changed = SENTENCES.filter((_, i) => i !== 3);
    const out = await writeExtraction(store, fixtureExtraction({ ...A2, sentences: changed }));
    expect(out).toMatchObject({ status: 'replaced', replaced: [A.id] });
    expect(await bEvidence()).toEqual(bBefore);
    const gone = await q<{ id: string }>(
      `MATCH (e:Entity) WHERE e.id IN ['project:江安县长江二桥', 'project:红桥镇码头扩能工程', 'place:511523101'] RETURN e.id AS id`,
    );
    expect(gone).toEqual([]);
    const docs = await q<{ id: string }>(`MATCH (d:Document {path: $path}) RETURN d.id AS id`, { path: A.path });
    expect(docs).toEqual([{ id: A2.id }]);
    // B was written first; A2's entries are spliced in before it (sorted by document id), aligned.
    const coop = await q<{ docs: string[]; sentences: number[] }>(
      `MATCH (:Place {code: '510500'})-[r:COOPERATES_WITH]->(:Place {code: '511500'})
       RETURN r.evidenceDocs AS docs, r.evidenceSentences AS sentences`,
    );
    const ours = coop[0]!.docs
      .map((d, i) => [d, coop[0]!.sentences[i]])
      .filter(([d]) => [A.id, A2.id, B.id].includes(d as string));
    expect(ours).toEqual([
      [A2.id, 2],
      [B.id, 1],
    ]);
  });

  it('deleting the documents removes them and every orphan, and the graph is as before', async () => {
    const r1 = await deleteDocument(store, A.path);
    expect(r1.documents).toEqual([A2.id]);
    await deleteDocument(store, B.id);
    const left = await q<{ id: string }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id`, { ids: fixtureIds });
    expect(left.map((r) => r.id).sort()).toEqual(preexisting);
    expect(withoutAliases(await readGraph(store))).toEqual(withoutAliases(before));
  });
});
