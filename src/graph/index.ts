/** Public face of src/graph: the Neo4j store, its schema, document writes and removals, exports and stats. */
export { GraphStore, addCounts, zeroCounts, toNeo4jParams, type Counts, type Tx } from './store.js';
export { applySchema, awaitSearchIndex, splitStatements } from './schema.js';
export { writeExtraction, writeStatements, runAll, runOneByOne, type WriteOutcome } from './write-document.js';
// The builders themselves, for the benchmark (batched vs one row per statement) and tests.
export {
  mergeDocument,
  mergeEntities,
  mergeAdminPlaces,
  mergeHierarchy,
  mergeFacts,
  createMentions,
  columns,
  MENTION_FIELDS,
} from './write-statements.js';
export { deleteDocument } from './remove-document.js';
export { planWrite } from './write-plan.js';
export type { WritePlan } from './plan-types.js';
export type { Statement } from './statement.js';
export { readGraph, exportGraph, writeExport, EXPORT_FORMATS, type Dump, type ExportFormat } from './export/index.js';
export { graphStats, type GraphStats } from './stats.js';
export { documentCount, storedDocumentIds } from './stored-documents.js';
