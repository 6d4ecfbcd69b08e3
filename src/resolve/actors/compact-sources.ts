// The compact, hand-written sources of the actor lexicon (lexicon/actors/sources/*.tsv): one person
// or organization per line, so that hundreds of entries stay readable and reviewable. The build
// script (scripts/build-actors.ts) compiles them into the JSON layout of people.json and
// organizations.json; the compiled files are what rasad reads. Errors name the file, line and column.
//
// people.tsv columns: id, name_en, country, gender, names, short, roles
//   lists split on «|»; roles split on «;», each `role @ CODE @ from @ until` (from/until ISO days or empty)
// organizations.tsv columns: id, kind, code, country, name_en, names
//   code: one CAMEO code, or date-ranged `CODE@from@until;CODE@from@until`
//   an optional 7th column, flags: `acts_only` (a seat of government: an actor only when it acts)
import { LexiconError } from './lexicon-schema.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function rows(
  file: string,
  text: string,
  columns: string[],
  optional = 0,
): Array<{ line: number; cols: string[] }> {
  const out: Array<{ line: number; cols: string[] }> = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length < columns.length - optional || cols.length > columns.length)
      throw new LexiconError(
        `${file}: line ${i + 1}: expected ${columns.length - optional}${optional ? `–${columns.length}` : ''} tab-separated columns (${columns.join(', ')}), got ${cols.length}`,
      );
    out.push({ line: i + 1, cols });
  });
  return out;
}

const list = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

function dated(file: string, line: number, field: string, part: string) {
  const [code = '', from = '', until = ''] = part.split('@').map((x) => x.trim());
  for (const [name, v] of [
    ['from', from],
    ['until', until],
  ] as const)
    if (v && !DAY.test(v))
      throw new LexiconError(
        `${file}: line ${line}: column "${field}": ${name} must be YYYY-MM-DD, got "${v}"`,
      );
  return {
    code: code === '' || code === '-' ? null : code,
    from: from || undefined,
    until: until || undefined,
  };
}

export function compilePeopleTsv(file: string, text: string): string {
  const cols = ['id', 'name_en', 'country', 'gender', 'names', 'short', 'roles'];
  const people = rows(file, text, cols).map(({ line, cols: c }) => {
    const [id, nameEn, country, gender, names, short, roles] = c as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      id,
      names: list(names),
      short: list(short),
      name_en: nameEn || null,
      country: country || null,
      gender: gender || null,
      roles: roles
        .split(';')
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => {
          const at = r.indexOf('@');
          if (at < 0)
            throw new LexiconError(
              `${file}: line ${line}: column "roles": "${r}" must be "role @ CODE @ from @ until"`,
            );
          const d = dated(file, line, 'roles', r.slice(at + 1));
          return {
            role: r.slice(0, at).trim(),
            code: d.code,
            ...(d.from ? { from: d.from } : {}),
            ...(d.until ? { until: d.until } : {}),
          };
        }),
    };
  });
  return `${people.map((p) => JSON.stringify(p)).join(',\n')}`.replace(/^/, '[\n').concat('\n]\n');
}

export function compileOrgsTsv(file: string, text: string): string {
  const cols = ['id', 'kind', 'code', 'country', 'name_en', 'names', 'flags'];
  const orgs = rows(file, text, cols, 1).map(({ line, cols: c }) => {
    const [id, kind, code, country, nameEn, names, flags = ''] = c as [
      string,
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    for (const f of flags.split(',').filter(Boolean))
      if (f !== 'acts_only')
        throw new LexiconError(`${file}: line ${line}: column "flags": unknown flag "${f}"`);
    const base = {
      id,
      kind,
      names: list(names),
      name_en: nameEn || null,
      country: country || null,
      ...(flags.includes('acts_only') ? { acts_only: true } : {}),
    };
    if (code.includes('@')) {
      const codes = code.split(';').map((p) => {
        const d = dated(file, line, 'code', p);
        return { code: d.code, ...(d.from ? { from: d.from } : {}), ...(d.until ? { until: d.until } : {}) };
      });
      return { ...base, codes };
    }
    return { ...base, code: code === '' || code === '-' ? null : code };
  });
  return `${orgs.map((o) => JSON.stringify(o)).join(',\n')}`.replace(/^/, '[\n').concat('\n]\n');
}
