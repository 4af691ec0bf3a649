/** Limits that protect a run from input that is not a report. */

/** Largest report file read (bytes). The biggest real report is well under 1 MB; a larger file is refused before it is read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Bytes examined to tell the encoding and to spot binary data. */
export const SNIFF_BYTES = 64 * 1024;

/** Fewest Han characters a report must hold; fewer means the file is not a Chinese report. */
export const MIN_HAN_CHARS = 20;

/** File name endings read when a folder is given (a file named explicitly is read whatever its ending). */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
