import { compile } from 'html-to-text';

/** How a file's content is marked up, from its name ending or, failing that, its first bytes. */
export type Markup = 'plain' | 'markdown' | 'html';

/** Tells the markup from the file name, or from an HTML start (`<!doctype html>`, `<html>`) in the content. */
export function markupOf(path: string, head: string): Markup {
  const lower = path.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(head) ? 'html' : 'plain';
}

// Paragraph breaks kept, no line wrapping (it would cut sentences), links and images reduced to their text.
const htmlToText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inline' },
    { selector: 'th', format: 'inline' },
  ],
});

/** The declared encoding of an HTML page (`<meta charset="gbk">` or the http-equiv form), from its first bytes. */
export function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** The page `<title>`, used as the report title when the body does not start with one. */
export function htmlTitle(html: string): string | undefined {
  const t = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  return t ? htmlToText(t).trim() : undefined;
}

// Markdown marks that carry no words: front matter, heading hashes, emphasis, images, link targets.
const MARKDOWN_RULES: readonly [RegExp, string][] = [
  [/^---\n[\s\S]*?\n---\n/, ''],
  [/^#{1,6}\s+/gm, ''],
  [/!\[[^\]]*\]\([^)]*\)/g, ''],
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/(\*\*|__)(.+?)\1/g, '$2'],
  [/^>\s?/gm, ''],
];

/** Reduces HTML or Markdown to the plain text of the report; plain text is returned as it is. */
export function toPlainText(content: string, markup: Markup): string {
  if (markup === 'html') return htmlToText(content);
  if (markup === 'markdown') return MARKDOWN_RULES.reduce((t, [re, to]) => t.replace(re, to), content);
  return content;
}
