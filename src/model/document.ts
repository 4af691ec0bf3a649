/** A report read from disk: text plus what its header says. Produced by `ingest`, consumed by `text` and `extract`. */
export interface Document {
  /** sha256 (hex) of the normalised text: the same text always gets the same id. */
  id: string;
  /** Where it was read from, as given on the command line. */
  path: string;
  title: string;
  /** The issuing place (a city, province or the State Council's country-level 中国), when the header names it. */
  issuer?: PlaceRef;
  /** ISO date (YYYY-MM-DD) the report was delivered, when a header line gives it. */
  date?: string;
  /** The year the report speaks for (2023年政府工作报告 → 2023). */
  year?: number;
  /** Normalised report text (NFC, \n line ends); every offset in the pipeline points into it. */
  text: string;
  chars: number;
}

/** A place by code and official name, as the output contract writes an issuer. */
export interface PlaceRef {
  code: string;
  name: string;
}

/** A sentence of a document, with character offsets into `Document.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** The nearest section heading above it ((三)扎实推进…), if any. */
  section?: string;
}
