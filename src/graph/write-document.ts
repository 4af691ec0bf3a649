import { ENTITY_TYPES, RELATION_TYPES, type Extraction } from '../model/index.js';
import { removeDocuments } from './remove-document.js';
import { documentState } from './remove-statements.js';
import { addCounts, zeroCounts, type Counts, type GraphStore, type Tx } from './store.js';
import { planWrite } from './write-plan.js';
import {
  asOne,
  createMentions,
  mergeAdminPlaces,
  mergeDocument,
  mergeEntities,
  mergeFacts,
  mergeHierarchy,
} from './write-statements.js';
import type { Statement } from './statement.js';
import type { WritePlan } from './plan-types.js';

/** What writing one document did. */
export interface WriteOutcome {
  /** written: new; replaced: an earlier version at the same path was removed first; unchanged: already there, skipped. */
  status: 'written' | 'replaced' | 'unchanged';
  documentId: string;
  /** Ids of the earlier versions removed. */
  replaced: string[];
  facts: number;
  counts: Counts;
}

/**
 * The statements that write a plan, in order: document, entities (every label in one statement),
 * ancestor places, hierarchy, facts (every type in one), mentions. Every label and type is in,
 * empty ones too, so that every document sends the same texts: each new text is planned once, at
 * ~100 ms.
 */
export function writeStatements(plan: WritePlan): Statement[] {
  const doc = plan.document.id;
  const entityRows = new Map(plan.entities.map((g) => [g.label, g.rows]));
  const factRows = new Map(plan.facts.map((g) => [g.type, g.rows]));
  const out: Statement[] = [
    mergeDocument(plan.document),
    asOne(ENTITY_TYPES.map((l, i) => mergeEntities(l, entityRows.get(l) ?? [], `c${i}`))),
  ];
  if (plan.adminPlaces.length) out.push(mergeAdminPlaces(plan.adminPlaces));
  if (plan.hierarchy.length) out.push(mergeHierarchy(plan.hierarchy));
  out.push(asOne(RELATION_TYPES.map((t, i) => mergeFacts(t, doc, factRows.get(t) ?? [], `facts${i}`))));
  if (plan.mentions.length) out.push(createMentions(doc, plan.mentions));
  return out;
}

/** Runs statements in a transaction, pipelined, summing the driver's counters. */
export const runAll = (tx: Tx, statements: Statement[]): Promise<Counts> => tx.runMany(statements);

/** Runs statements one at a time, each waiting for the last (the benchmark's per-row baseline). */
export async function runOneByOne(tx: Tx, statements: Statement[]): Promise<Counts> {
  const counts = zeroCounts();
  for (const s of statements) addCounts(counts, (await tx.run(s)).counts);
  return counts;
}

/**
 * Writes one document in one transaction: the document is in the graph whole or not at all.
 * Same id already stored → skipped. Another version stored under the same path → that version's
 * mentions and evidence are removed in the same transaction, and entities it alone held deleted.
 */
export async function writeExtraction(store: GraphStore, x: Extraction): Promise<WriteOutcome> {
  const plan = planWrite(x);
  const documentId = plan.document.id;
  const facts = plan.facts.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.sentences.length, 0), 0);
  return store.executeWrite(async (tx) => {
    const state = await tx.run<{ stored: boolean; older: string[] }>(documentState(documentId, plan.document.path));
    const { stored, older } = state.rows[0]!;
    if (stored) return { status: 'unchanged', documentId, replaced: [], facts, counts: zeroCounts() };
    const removal = older.length ? await removeDocuments(tx, older, false) : undefined;
    const counts = await runAll(tx, writeStatements(plan));
    if (removal) addCounts(addCounts(counts, removal.counts), await removal.finish());
    return { status: older.length ? 'replaced' : 'written', documentId, replaced: older, facts, counts };
  });
}
