/** Public face of src/ingest: reading report files and folders into Documents. */
export { readDocument } from './read-document.js';
export { listReportFiles, type ReportInput } from './list-report-files.js';
export { parseHeader, type Header } from './header/parse-header.js';
export { MAX_FILE_BYTES, REPORT_EXTENSIONS } from './limits.js';
