/** Public face of src/graph: the Neo4j store, its schema, document writes and removals, exports and stats. */
export { GraphStore, addCounts, zeroCounts, type Counts, type Tx } from './store.js';
export { applySchema } from './schema.js';
export { writeExtraction, type WriteOutcome } from './write-document.js';
export { deleteDocument } from './remove-document.js';
export { planWrite } from './write-plan.js';
export type { WritePlan } from './plan-types.js';
export type { Statement } from './statement.js';
export {
  readGraph,
  writeExport,
  toCsv,
  toGraphml,
  EXPORT_FORMATS,
  type Dump,
  type ExportFormat,
} from './export/index.js';
export { graphStats, type GraphStats } from './stats.js';
