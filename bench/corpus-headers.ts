/**
 * `npx tsx bench/corpus-headers.ts <govreports folder>`: checks the header reading of ingest on
 * the unpacked corpus, whose layout says the answer: `<kind>/<place>/<year>.txt` (the State
 * Council's under `state-council/<year>.txt`) and INDEX.tsv the delivery date. Prints how many
 * issuers, years and dates agree and writes the disagreements to bench/out/corpus-headers.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/ingest/index.js';

const ROOT = join(import.meta.dirname, '..');
const folder = process.argv[2];
if (!folder) {
  console.error('usage: npx tsx bench/corpus-headers.ts <govreports folder>');
  process.exit(2);
}
const rows = readFileSync(join(folder, 'INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const halfWidth = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const misses: { file: string; field: string; expected: unknown; read: unknown; title: string }[] = [];
const agree = { issuer: 0, year: 0, date: 0, datesGiven: 0 };
for (const [file = '', , date = ''] of rows) {
  const doc = await readDocument(join(folder, file));
  const parts = file.split('/');
  const expected = {
    issuer: parts[0] === 'state-council' ? '中国' : parts[1],
    year: Number(parts.at(-1)!.slice(0, 4)),
  };
  const miss = (field: string, want: unknown, read: unknown) =>
    misses.push({ file, field, expected: want, read, title: doc.title });
  if (doc.issuer?.name === expected.issuer) agree.issuer++;
  else miss('issuer', expected.issuer, doc.issuer?.name);
  if (doc.year === expected.year) agree.year++;
  else miss('year', expected.year, doc.year);
  if (date) {
    agree.datesGiven++;
    if (doc.date === halfWidth(date)) agree.date++;
    else miss('date', date, doc.date);
  }
}
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/out/corpus-headers.json'),
  JSON.stringify({ files: rows.length, agree, misses }, null, 2) + '\n',
);
console.log(
  `${rows.length} reports: issuer ${agree.issuer}, year ${agree.year}, date ${agree.date} of ${agree.datesGiven} dated agree with the corpus layout`,
);
console.log(`${misses.length} disagreements in bench/out/corpus-headers.json`);
