// `rasad eval` on the command line: usage errors exit 2, bad files and lines exit 1 with one line naming
// them, scorers that are not ready yet are reported in one line, --json prints JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const rasad = (args: string[]) => spawnSync('./bin/rasad', ['eval', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'rasad-eval-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

const article = JSON.stringify({ id: 'x', published: '2023-01-12', paragraphs: ['سلام'], events: [] });

describe('rasad eval', () => {
  it('exits 2 with a usage line when no gold file is named', () => {
    const r = rasad([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: rasad eval/);
    oneLine(r.stderr);
  });

  it('exits 2 when two kinds of gold are named at once', () => {
    const g = file('two.jsonl', `${article}\n`);
    const r = rasad(['--events', g, '--dates', g]);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
  });

  it('exits 2 for --predicted with --dates', () => {
    const g = file('p.jsonl', `${article}\n`);
    expect(rasad(['--dates', g, '--predicted', g]).status).toBe(2);
  });

  it('scores saved extract results given with --predicted, matched by id', () => {
    const g = file(
      'gold1.jsonl',
      `${JSON.stringify({ id: 'x', published: '2023-01-12', paragraphs: ['…'], events: [{ type: 'CONSULT', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12' }] })}\n`,
    );
    const result = {
      id: 'x',
      actors: [
        { id: 'a1', code: 'RUSGOV' },
        { id: 'a2', code: 'AFGGOVTAL' },
      ],
      events: [{ type: 'CONSULT', actor: ['a1'], recipient: ['a2'], date: '2023-01-12', negated: false }],
    };
    const p = file('pred1.jsonl', `${JSON.stringify(result)}\n`);
    const r = rasad(['--events', g, '--predicted', p, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).overall.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const bad = rasad(['--events', g, '--predicted', file('pred2.jsonl', '{"id":"x"}\n')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('pred2.jsonl:1: not an extract result');
  });

  it('exits 1 naming a missing file', () => {
    const r = rasad(['--events', join(dir, 'nope.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.jsonl: no such file');
    oneLine(r.stderr);
  });

  it('exits 1 naming file and line of a line that is not JSON', () => {
    const g = file('bad.jsonl', `${article}\n\n{"id": broken\n`);
    const r = rasad(['--events', g]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.jsonl:3: not a JSON object');
    oneLine(r.stderr);
  });

  it('exits 1 naming the field of a gold event that is wrong', () => {
    const g = file(
      'field.jsonl',
      `${JSON.stringify({ id: 'x', published: null, text: 'x', events: [{ type: 'MEET', actor: [], recipient: [] }] })}\n`,
    );
    const r = rasad(['--events', g]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/field\.jsonl:1: events\[0\]: field "type"/);
    oneLine(r.stderr);
  });

  it('scores events and prints a table, or JSON with --json', () => {
    const g = file('ok.jsonl', `${article}\n`);
    const table = rasad(['--events', g]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('label\tprecision\trecall\tf1');
    expect(table.stdout).toContain('articles 1, gold events 0');
    const json = rasad(['--events', g, '--json']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.articles).toBe(1);
    expect(parsed.overall.strict).toHaveProperty('f1');
  });

  it('reports dates and entities scoring in one line whether or not they are implemented yet', () => {
    const d = rasad([
      '--dates',
      file('d.jsonl', `${JSON.stringify({ id: 'x', published: '2023-01-12', text: 'امروز', dates: [] })}\n`),
    ]);
    expect([0, 1]).toContain(d.status);
    if (d.status === 1) oneLine(d.stderr);
    else expect(d.stdout).toContain('accuracy');
    const e = rasad([
      '--entities',
      file('g.conll', 'تهران|B_LOC\n\n'),
      '--predicted',
      file('p.conll', 'تهران\tB_LOC\n\n'),
    ]);
    expect([0, 1]).toContain(e.status);
    if (e.status === 1) oneLine(e.stderr);
    else expect(e.stdout).toContain('overall');
  });

  it('scores several gold files separately and prints the calibration table', () => {
    const a = file('dev-a.jsonl', `${article}\n`);
    const b = file(
      'dev-b.jsonl',
      `${article}\n${JSON.stringify({ id: 'y', published: null, text: 'سلام', events: [] })}\n`,
    );
    const r = rasad(['--events', a, b, '--calibration']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`# ${a}`);
    expect(r.stdout).toContain(`# ${b}`);
    expect(r.stdout).toContain('articles 2, gold events 0');
    expect(r.stdout).toContain('## calibration');
    const json = JSON.parse(rasad(['--events', a, b, '--json', '--calibration']).stdout);
    expect(json.reports.map((x: { articles: number }) => x.articles)).toEqual([1, 2]);
    expect(json.reports[0].calibration.atLeast[3].label).toBe('>= 0.8');
    const usage = rasad(['--dates', a, '--calibration']);
    expect(usage.status).toBe(2);
  });

  it('exits 1 naming a missing --predicted file', () => {
    const r = rasad(['--entities', file('g2.conll', 'a|O\n'), '--predicted', join(dir, 'missing.conll')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.conll: no such file');
  });
});
