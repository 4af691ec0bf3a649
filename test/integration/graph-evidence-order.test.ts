import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  applySchema,
  deleteDocument,
  GraphStore,
  planWrite,
  runAll,
  writeExtraction,
  writeStatements,
} from '../../src/graph/index.js';
import { fixtureExtraction } from './graph-fixtures.js';

// Real Neo4j. Three documents state the same facts; they arrive out of id order, and one is
// written a second time through the statements themselves.
const config = loadConfig();
const tag = `graph-evidence-${process.pid}`;
const [A, B, C] = ['a', 'b', 'c'].map((k) => ({ id: `test-${tag}-${k}`, path: `/test/${tag}/${k}.txt` })) as [
  { id: string; path: string },
  { id: string; path: string },
  { id: string; path: string },
];
let store: GraphStore;

const evidence = () =>
  store.executeRead(async (tx) => {
    const { rows } = await tx.run<{ docs: string[]; sentences: number[]; texts: string[] }>({
      cypher: `MATCH (:Place {code: '510500'})-[r:COOPERATES_WITH]->(:Place {code: '511500'})
               RETURN [d IN r.evidenceDocs WHERE d STARTS WITH $tag] AS docs,
                      [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] STARTS WITH $tag | r.evidenceSentences[i]] AS sentences,
                      [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] STARTS WITH $tag | r.evidenceTexts[i]] AS texts`,
      params: { tag: `test-${tag}` },
    });
    return rows[0]!;
  });

beforeAll(async () => {
  store = await GraphStore.connect(config);
  await applySchema(store);
  for (const d of [A, B, C]) await deleteDocument(store, d.id);
});

afterAll(async () => {
  for (const d of [A, B, C]) await deleteDocument(store, d.id);
  await store?.close();
});

describe('evidence lists', () => {
  it('stay sorted by document id and aligned whatever order documents arrive in', async () => {
    for (const d of [B, C, A]) await writeExtraction(store, fixtureExtraction(d));
    const e = await evidence();
    expect(e.docs).toEqual([A.id, B.id, C.id]);
    expect(e.sentences).toEqual([2, 2, 2]);
    expect(new Set(e.texts).size).toBe(1);
  });

  it('do not change when a document is written again', async () => {
    const before = await evidence();
    const statements = writeStatements(planWrite(fixtureExtraction(B)));
    await store.executeWrite((tx) => runAll(tx, statements));
    expect(await evidence()).toEqual(before);
  });
});
