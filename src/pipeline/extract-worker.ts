/** A worker thread of the extraction pool: one file path in, one FileResult out. */
import { extractFile } from './file-result.js';

export default extractFile;
