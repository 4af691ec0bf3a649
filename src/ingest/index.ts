/** Public face of src/ingest: reading report files into Documents. */
export { readDocument } from './read-document.js';
