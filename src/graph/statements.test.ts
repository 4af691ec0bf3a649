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

  it('refuses a label or type outside the fixed lists', () => {
    expect(() => mergeEntities('Person' as never, [])).toThrow(/not an entity label/);
    expect(() => mergeFacts('KNOWS` {x:1}]->() DETACH DELETE n //' as never, 'd', [])).toThrow(
      /not a relationship type/,
    );
  });
});
