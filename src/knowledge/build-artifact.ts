// `npm run build` runs this (as dist/knowledge/build-artifact.js, after tsc): it compiles the large
// lexicons with the built code and writes them into dist/knowledge.bin (src/knowledge/compiled.ts).
// Each loader below goes through compiledKnowledge; a loader added there is added here.
import { statSync } from 'node:fs';
import { eventLexicon } from '../code/events/trigger-lexicon.js';
import { zwnjLexicon } from '../repair/zwnj-lexicon.js';
import { actorLexicon } from '../resolve/actors/lexicon-index.js';
import { startRecording, writeArtifact } from './compiled.js';

const out = new URL('../knowledge.bin', import.meta.url);
startRecording();
zwnjLexicon();
actorLexicon();
eventLexicon();
const keys = writeArtifact(out);
const kb = Math.round(statSync(out).size / 1024);
process.stdout.write(`compiled knowledge: ${keys.join(', ')} → dist/knowledge.bin (${kb} KB)\n`);
