// The tagger's figures for docs/bench-tagger.md: model file size and load time, strict entity-level
// F1 on PEYMA dev per type, and throughput in words per second on one core (median of 5 runs).
// Run: npm run bench tagger
import { existsSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evalConll, readConll } from '../src/eval/conll.js';
import { formatScores } from '../src/eval/score.js';
import { knowledgeUrl } from '../src/knowledge/files.js';
import { MODEL_URL, setTaggerModel, tagTokens } from '../src/recognize/tagger/index.js';
import { parseModel } from '../src/recognize/tagger/model-io.js';
import type { NeuralModel } from '../src/recognize/tagger/neural.js';
import { parseNeural } from '../src/recognize/tagger/neural-io.js';

// the neural tagger stacked on the perceptron, when shipped (models/ner-nn.bin): loaded and timed too
const NN_URL = knowledgeUrl('models/ner-nn.bin');
const hasNeural = existsSync(NN_URL);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** CPU time of this process in ms: on a shared, busy machine wall time overstates the cost. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const RUNS = 5;

const bytes = statSync(MODEL_URL).size + (hasNeural ? statSync(NN_URL).size : 0);
const loadMs: number[] = [];
const loadCpuMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t = performance.now();
  const c = cpuMs();
  const model = parseModel(readFileSync(MODEL_URL));
  const nn: NeuralModel | null = hasNeural ? parseNeural(readFileSync(NN_URL), model.resources) : null;
  loadMs.push(performance.now() - t);
  loadCpuMs.push(cpuMs() - c);
  if (r === RUNS - 1) {
    setTaggerModel(model, nn);
    console.log(
      `model: ${(bytes / 1e6).toFixed(2)} MB${hasNeural ? ' (ner.bin + ner-nn.bin)' : ''}, ${model.weights.length / 15} weight rows, trained ${JSON.stringify(model.info)}`,
    );
  }
}
console.log(
  `load: median ${median(loadMs).toFixed(1)} ms wall, ${median(loadCpuMs).toFixed(1)} ms CPU, of ${RUNS} (read + gunzip + parse)`,
);

const devText = readFileSync(new URL('../../shared/data/peyma/dev.txt', import.meta.url), 'utf8');
console.log(`\nPEYMA dev, strict entity level:\n${formatScores(evalConll(devText))}`);

const sentences = readConll(devText).map((s) => s.tokens);
const words = sentences.reduce((n, s) => n + s.length, 0);
const fmt = (x: number) => Math.round(x).toLocaleString('en');

/** Median words/s (wall and CPU) of RUNS passes over dev, after two warm-up passes. */
function throughput(tag: (tokens: string[]) => string[]): [number, number] {
  for (let r = 0; r < 2; r++) for (const s of sentences) tag(s); // warm up the JIT and the word caches
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const c = cpuMs();
    for (const s of sentences) tag(s);
    rates.push(words / ((performance.now() - t) / 1000));
    cpuRates.push(words / ((cpuMs() - c) / 1000));
  }
  return [median(rates), median(cpuRates)];
}

const [wall, cpu] = throughput(tagTokens);
console.log(
  `\nthroughput over PEYMA dev (${words} words, ${sentences.length} sentences), one thread, median of ${RUNS}: ` +
    `${fmt(wall)} words/s wall, ${fmt(cpu)} words per CPU-second (src/ through tsx)`,
);
// what \`rasad\` runs: the compiled dist/ (npm run build:src), without tsx's transform wrappers
const dist = new URL('../dist/recognize/tagger/index.js', import.meta.url);
if (existsSync(dist)) {
  const compiled = (await import(dist.href)) as { tagTokens: (tokens: string[]) => string[] };
  const [distWall, distCpu] = throughput(compiled.tagTokens);
  console.log(
    `throughput, compiled dist/ (as \`rasad\` runs it): ${fmt(distWall)} words/s wall, ${fmt(distCpu)} words per CPU-second`,
  );
}
