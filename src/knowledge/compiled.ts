// Knowledge compiled at build time. Compiling the large lexicons (the actor trie, the trigger pattern
// index, the ZWNJ tables) takes most of a process's start; `npm run build` compiles them once, with
// the same code that runs afterwards, and writes the results into one artifact, `dist/knowledge.bin`
// (src/knowledge/build-artifact.ts). A process then loads the artifact once and takes each compiled
// value from it instead of compiling again.
//
// A compiled value is used only while it is certainly current: each entry records a SHA-256 over the
// names and bytes of the files it was compiled from, and a value whose files changed since (a user's
// `lexicon/events/triggers.local.json` added, an entry edited in a package copy) is compiled from the
// files as before. Only code running from dist/ uses the artifact: under tsx or vitest the code in
// src/ may be newer than the code that compiled it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { type KnowledgeName, knowledgePath } from './files.js';

/** Bumped when the artifact's layout changes; an artifact of another version is ignored. */
const ARTIFACT_VERSION = 1;

interface ArtifactEntry {
  /** SHA-256 of the input files (names and bytes), hex. */
  inputs: string;
  /** The compiled value, serialized with v8.serialize. */
  value: Uint8Array;
}

interface Artifact {
  version: number;
  entries: Record<string, ArtifactEntry>;
}

const ARTIFACT_URL = new URL('../knowledge.bin', import.meta.url);
const FROM_DIST = /[/\\]dist[/\\]knowledge[/\\][^/\\]+$/.test(fileURLToPath(import.meta.url));
/** The artifact read; `useArtifactFile` points elsewhere (tests and tools, from src/ too). */
let artifactFile: string | URL | null = FROM_DIST ? ARTIFACT_URL : null;

let artifact: Artifact | null | undefined;
/** Set by the build: compile everything and keep the results for writeArtifact. */
let recorded: Record<string, ArtifactEntry> | null = null;

function loadArtifact(): Artifact | null {
  if (artifact !== undefined) return artifact;
  artifact = null;
  if (!artifactFile || process.env.RASAD_NO_COMPILED_KNOWLEDGE || !existsSync(artifactFile)) return null;
  try {
    const a = deserialize(readFileSync(artifactFile)) as Artifact;
    if (a?.version === ARTIFACT_VERSION && a.entries && typeof a.entries === 'object') artifact = a;
  } catch {
    // A damaged artifact is no artifact: everything is compiled from the files, as without one.
  }
  return artifact;
}

/** Every file under a knowledge folder («lexicon/actors/»), recursively, in name order. */
function filesUnder(folder: string): string[] {
  const path = knowledgePath(folder as KnowledgeName);
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const child = `${folder}${name}`;
    if (statSync(knowledgePath(child as KnowledgeName)).isDirectory()) out.push(...filesUnder(`${child}/`));
    else out.push(child);
  }
  return out;
}

/** The fingerprint of a value's inputs: knowledge files, or folders (ending in «/») taken whole. */
export function inputsHash(inputs: readonly KnowledgeName[]): string {
  const hash = createHash('sha256');
  for (const input of inputs)
    for (const name of input.endsWith('/') ? filesUnder(input) : [input]) {
      hash.update(`${name}\0`);
      hash.update(readFileSync(knowledgePath(name as KnowledgeName)));
      hash.update('\0');
    }
  return hash.digest('hex');
}

/**
 * The value `compile` makes from the knowledge files `inputs`, taken from the build's artifact when it
 * holds one compiled from the same files. `revive` gives back what serialization drops (the prototype
 * of a class instance); it must leave a value equal to what `compile` returns.
 */
export function compiledKnowledge<T>(
  key: string,
  inputs: readonly KnowledgeName[],
  compile: () => T,
  revive: (raw: T) => T = (raw) => raw,
): T {
  if (recorded) {
    const value = compile();
    recorded[key] = { inputs: inputsHash(inputs), value: serialize(value) };
    return value;
  }
  const entry = loadArtifact()?.entries[key];
  if (entry && entry.inputs === inputsHash(inputs)) {
    try {
      return revive(deserialize(entry.value) as T);
    } catch {
      // fall through: compile from the files
    }
  }
  return compile();
}

/** Reads compiled values from `file` from now on (null: none), even from src/; for tests and tools. */
export function useArtifactFile(file: string | URL | null): void {
  artifactFile = file;
  artifact = undefined;
  recorded = null;
}

/** Starts recording: every compiledKnowledge call from now on compiles and keeps its result. */
export function startRecording(): void {
  recorded = {};
}

/** Writes what was recorded as the artifact (to `file`, default dist/knowledge.bin); returns its keys. */
export function writeArtifact(file: string | URL = ARTIFACT_URL): string[] {
  if (!recorded) throw new Error('writeArtifact: nothing recorded (call startRecording first)');
  writeFileSync(file, serialize({ version: ARTIFACT_VERSION, entries: recorded } satisfies Artifact));
  return Object.keys(recorded);
}
