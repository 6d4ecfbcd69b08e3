// STUB (owned by the events work): PLOVER/CAMEO events from trigger patterns and argument structure.
import type { Doc, PipelineOptions } from '../../doc.js';

export function codeEvents(_doc: Doc, _options: PipelineOptions): void {}
