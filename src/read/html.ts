// HTML to article text: Readability picks the article body; block elements become line breaks so
// paragraphs survive as lines. Falls back to the whole body when Readability finds no article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlPage {
  title: string | null;
  text: string;
}

const HTML_START =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|section|h1|h2)[\s>])/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2000));
}

const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'BLOCKQUOTE',
  'ARTICLE',
  'SECTION',
  'PRE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Text of a DOM subtree with one line per block element. */
function blockText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function htmlToText(html: string): HtmlPage {
  const wrapped = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  const docTitle = (document.querySelector('title')?.textContent ?? '').trim() || null;
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability mutates the document it is given: parse a second copy for it.
    article = new Readability(
      parseHTML(wrapped).document as unknown as ConstructorParameters<typeof Readability>[0],
      { charThreshold: 100 },
    ).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(content.body as unknown as NodeLike);
  }
  if (!text) text = blockText((document.body ?? document) as unknown as NodeLike);
  return { title: (article?.title ?? '').trim() || docTitle, text };
}
