// `npm run bench repair`: text repair figures for docs/bench-repair.md.
//   1. ZWNJ restoration on the PerDT dev sentences (../shared/data/perdt, `# text =` lines), boundary-level
//      precision/recall/F1 with every ZWNJ deleted, every ZWNJ turned into a space, and the gold text as
//      input (how much of correct text it changes).
//   2. Speed of the shipped normalize code (dist/, as `rasad normalize` runs it) over the Fars corpus, in
//      words per second of wall time and of CPU time on one core, median of 7 runs after a warm-up.
//   3. `rasad normalize` streaming a generated 200 MB file and a 50 MB single line: peak RSS and time.
// Build first (`npm run build`): parts 2 and 3 run the compiled code.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/repair/zwnj-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = new URL('../../shared/', import.meta.url);
const only = process.env.REPAIR_BENCH?.split(',') ?? ['zwnj', 'speed', 'memory'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (only.includes('zwnj')) {
  const sentences = readFileSync(new URL('data/perdt/fa_perdt-ud-dev.conllu', shared), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice('# text = '.length).trim());
  console.log(`ZWNJ restoration, PerDT dev: ${sentences.length} sentences`);
  console.log('| scenario | P | R | F1 | TP | FP | FN | sentences changed | chars changed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of evaluate(sentences)) {
    console.log(
      `| ${r.name} | ${r.precision.toFixed(4)} | ${r.recall.toFixed(4)} | ${r.f1.toFixed(4)} | ${r.counts.tp} | ${r.counts.fp} | ${r.counts.fn} | ${r.sentencesChanged}/${sentences.length} (${((100 * r.sentencesChanged) / sentences.length).toFixed(2)}%) | ${r.charsChanged}/${r.chars} (${((100 * r.charsChanged) / r.chars).toFixed(3)}%) |`,
    );
  }
}

function farsLines(): string[] {
  const lines: string[] = [];
  for (const i of [1, 2, 3]) {
    const articles = JSON.parse(
      readFileSync(new URL(`corpus/fars-news-${i}.json`, shared), 'utf8'),
    ) as Array<{
      title?: string;
      abstract?: string;
      paragraphs?: string[];
    }>;
    for (const a of articles) lines.push(a.title ?? '', a.abstract ?? '', ...(a.paragraphs ?? []));
  }
  return lines;
}

if (only.includes('speed')) {
  const { repairLine } = (await import(new URL('../dist/repair/index.js', import.meta.url).href)) as {
    repairLine: (s: string) => string;
  };
  const lines = farsLines();
  let words = 0;
  for (const l of lines) for (const w of l.split(/\s+/)) if (w) words++;
  let sink = 0;
  for (const l of lines) sink += repairLine(l).length; // warm-up: lexicon load, JIT, caches
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 7; run++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const l of lines) sink += repairLine(l).length;
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    wall.push(t);
    cpu.push((c.user + c.system) / 1e6);
  }
  console.log(`\nnormalize speed, Fars corpus: ${lines.length} lines, ${words} words (checksum ${sink})`);
  console.log(
    `median wall ${median(wall).toFixed(3)} s → ${Math.round(words / median(wall)).toLocaleString('en')} words/s; median CPU ${median(cpu).toFixed(3)} s → ${Math.round(words / median(cpu)).toLocaleString('en')} words/CPU-s (runs: ${wall.map((x) => x.toFixed(3)).join(', ')})`,
  );
}

if (only.includes('speed')) {
  const { segment } = (await import(new URL('../dist/segment/index.js', import.meta.url).href)) as {
    segment: (s: string) => { tokens: unknown[] };
  };
  const text = farsLines().join('\n');
  let tokens = segment(text).tokens.length; // warm-up
  const cpu: number[] = [];
  for (let run = 0; run < 7; run++) {
    const c0 = process.cpuUsage();
    tokens = segment(text).tokens.length;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  console.log(
    `\nsegment speed, Fars corpus as one text: ${tokens} tokens, median CPU ${median(cpu).toFixed(3)} s → ${Math.round(tokens / median(cpu)).toLocaleString('en')} tokens/CPU-s`,
  );
}

if (only.includes('memory')) {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-'));
  try {
    const lines = farsLines().filter((l) => l.length > 0);
    const block = `${lines.join('\n')}\n`;
    const blockWords = block.split(/\s+/).filter(Boolean).length;
    const blockBytes = Buffer.byteLength(block);
    // The same text at 20 MB and 200 MB: flat memory means the same peak RSS for both.
    const generate = (name: string, mb: number): [string, number] => {
      const path = join(dir, name);
      const fd = openSync(path, 'w');
      let size = 0;
      let words = 0;
      while (size < mb * 1024 * 1024) {
        writeSync(fd, block);
        size += blockBytes;
        words += blockWords;
      }
      closeSync(fd);
      return [path, words];
    };
    const [small, smallWords] = generate('small.txt', 20);
    const [big, words] = generate('big.txt', 200);
    const longLine = join(dir, 'long-line.txt');
    const unit = lines.slice(0, 2000).join(' ');
    let s = '';
    while (Buffer.byteLength(s) < 50 * 1024 * 1024) s += `${unit} `;
    writeFileSync(longLine, s);
    for (const [name, file, w] of [
      ['20 MB, line by line', small, smallWords],
      ['200 MB, line by line', big, words],
      ['50 MB single line', longLine, s.split(/\s+/).filter(Boolean).length],
    ] as const) {
      const r = spawnSync('/usr/bin/time', ['-f', '%M %e %U', './bin/rasad', 'normalize', file], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      const last = r.stderr.trim().split('\n').pop() ?? '';
      const [rssKb, elapsed, user] = last.split(' ').map(Number);
      console.log(
        `\nrasad normalize ${name} (${(statSync(file).size / 1048576).toFixed(0)} MB, ${w.toLocaleString('en')} words): exit ${r.status}, peak RSS ${(rssKb / 1024).toFixed(0)} MB, ${elapsed.toFixed(1)} s wall (${Math.round(w / elapsed).toLocaleString('en')} words/s), ${user.toFixed(1)} s user`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
