/** Exports of the graph: a canonical dump, written as neo4j-admin CSV, GraphML or JSON. */
export { readGraph, canonical, type Dump, type DumpNode, type DumpRelationship } from './dump.js';
export { importCommand, ARRAY_DELIMITER } from './to-csv.js';
export { exportGraph, writeExport, EXPORT_FORMATS, type ExportFormat, type ExportResult } from './export-graph.js';
