// STUB (owned by the dates work): adds doc.dates and may set doc.reference.
import type { Doc, PipelineOptions } from '../../doc.js';

export function recognizeDates(_doc: Doc, _options: PipelineOptions): void {}
