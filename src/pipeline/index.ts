/** Public face of src/pipeline: reading and extracting many files, in order, on a pool of worker threads. */
export { extractFiles, jobsFor, MIN_FILES_FOR_WORKERS, type ExtractFilesOptions } from './extract-files.js';
export { extractFile, type FileResult, type FileTask } from './file-result.js';
