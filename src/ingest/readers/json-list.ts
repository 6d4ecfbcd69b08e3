// A JSON file: a list of article objects (the Fars archive layout), or one article object.
import { basename } from 'node:path';
import { toArticleInput } from './article-object.js';
import type { ReadItem } from './types.js';

/** 1-based line of a character offset, to point at where JSON broke. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function* readJsonList(file: string, text: string): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0];
    const pos = /position (\d+)/.exec(message);
    yield {
      kind: 'reject',
      origin: pos ? { file, line: lineAt(text, Number(pos[1])) } : { file },
      reason: `broken JSON: ${message}`,
    };
    return;
  }
  const stem = basename(file).replace(/\.[^.]*$/, '');
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) {
    const origin = Array.isArray(value) ? { file, item: i } : { file };
    const input = toArticleInput(list[i], Array.isArray(value) ? `${stem}#${i}` : stem);
    if (typeof input === 'string') yield { kind: 'reject', origin, reason: input };
    else yield { kind: 'article', origin, input };
  }
}
