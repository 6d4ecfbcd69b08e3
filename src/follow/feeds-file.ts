// The feeds file `rasad follow FEEDS` reads: one feed URL a line, optionally followed by a tab, the
// source name, a tab and the variety tag (`fa` Farsi, `prs` Dari). `#` starts a comment; blank lines
// are ignored. A line that is not a usable feed is reported (file, line, reason) and the rest is kept.
import { readFileSync } from 'node:fs';

export type Variety = 'fa' | 'prs';

export interface FeedSpec {
  url: string;
  /** The source articles are stored under (default: the feed's host). */
  source: string | null;
  variety: Variety | null;
  /** 1-based line in the feeds file. */
  line: number;
}

export interface FeedsFileProblem {
  line: number;
  reason: string;
}

const VARIETIES = new Set<string>(['fa', 'prs']);

/** One line → a feed, a problem, or null for a blank or comment line. */
export function parseFeedLine(raw: string, line: number): FeedSpec | FeedsFileProblem | null {
  // `#` starts a comment only at the start of a line or after whitespace: URLs may hold fragments.
  const cut = raw.replace(/(^|\s)#.*$/, '');
  if (cut.trim() === '') return null;
  const fields = cut.split('\t').map((f) => f.trim());
  const [url, source, variety] = fields;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { line, reason: `not a URL: ${JSON.stringify(url)}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { line, reason: `not an http(s) URL: ${JSON.stringify(url)}` };
  if (variety && !VARIETIES.has(variety))
    return { line, reason: `variety must be fa or prs, got ${JSON.stringify(variety)}` };
  return { url: parsed.href, source: source || null, variety: (variety as Variety) || null, line };
}

export function parseFeedsText(text: string): { feeds: FeedSpec[]; problems: FeedsFileProblem[] } {
  const feeds: FeedSpec[] = [];
  const problems: FeedsFileProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const r = parseFeedLine(lines[i], i + 1);
    if (r === null) continue;
    if ('reason' in r) problems.push(r);
    else feeds.push(r);
  }
  return { feeds, problems };
}

export function readFeedsFile(path: string): { feeds: FeedSpec[]; problems: FeedsFileProblem[] } {
  return parseFeedsText(readFileSync(path, 'utf8'));
}
