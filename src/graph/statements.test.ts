import { describe, expect, it } from 'vitest';
import { fixtureExtraction } from '../../test/integration/graph-fixtures.js';
import { mergeEntities, mergeFacts } from './write-statements.js';
import { deleteOrphans, removeEvidence } from './remove-statements.js';
import { writeStatements } from './write-document.js';
import { planWrite } from './write-plan.js';

// The Cypher each builder makes, pinned: a change to a statement shows in review.
describe('statement builders', () => {
  it('write one document as this sequence of statements', () => {
    const plan = planWrite(fixtureExtraction({ id: 'doc-1', path: '/r/yibin.txt' }));
    expect(writeStatements(plan).map((s) => s.cypher)).toMatchSnapshot();
  });

  it.each([
    ['mergeEntities', mergeEntities('Project', [])],
    ['mergeFacts', mergeFacts('CONNECTS', 'doc-1', [])],
    ['removeEvidence', removeEvidence(['doc-1'], ['place:510500'])],
    ['deleteOrphans', deleteOrphans(['project:x'])],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  // Neo4j keys its plan cache on the text and the parameters' types, and an empty list is typed
  // apart from a list of maps: documents stating different sets of fact types must still send
  // the same texts with the same parameter types, or each set is planned anew (~450 ms each).
  it('sends documents with different sets of facts the same texts and parameter types', () => {
    const full = fixtureExtraction({ id: 'doc-1', path: '/r/yibin.txt' });
    const one = { ...full, relations: full.relations.filter((r) => r.type === full.relations[0]!.type) };
    const shape = (x: typeof full) =>
      writeStatements(planWrite(x)).map((st) => ({
        cypher: st.cypher,
        types: Object.entries(st.params).map(([k, v]) => [
          k,
          Array.isArray(v) ? (v.length ? 'list' : 'empty list') : typeof v,
        ]),
      }));
    const [a, b] = [shape(full), shape(one)];
    expect(new Set(full.relations.map((r) => r.type)).size).toBeGreaterThan(1);
    // Hierarchy and ancestor statements come only when there are rows: compare the ones always sent.
    const always = (xs: typeof a) => xs.filter((x) => !/PART_OF\]->\(p\)|ON CREATE SET p:Place/.test(x.cypher));
    expect(always(b)).toEqual(always(a));
  });

  it('refuses a label or type outside the fixed lists', () => {
    expect(() => mergeEntities('Person' as never, [])).toThrow(/not an entity label/);
    expect(() => mergeFacts('KNOWS` {x:1}]->() DETACH DELETE n //' as never, 'd', [])).toThrow(
      /not a relationship type/,
    );
  });
});
