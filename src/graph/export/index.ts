/** Exports of the graph: a canonical dump, written as neo4j-admin CSV, GraphML or JSON. */
export { readGraph, canonical, type Dump, type DumpNode, type DumpRelationship } from './dump.js';
export { toCsv, importCommand, ARRAY_DELIMITER } from './to-csv.js';
export { toGraphml } from './to-graphml.js';
export { writeExport, EXPORT_FORMATS, type ExportFormat } from './write-export.js';
export { exportGraph, type ExportResult } from './export-graph.js';
