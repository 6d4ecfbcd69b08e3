// STUB (owned by the events work): direct and indirect quotes with speakers and chains.
import type { Doc, PipelineOptions } from '../../doc.js';

export function findQuotes(_doc: Doc, _options: PipelineOptions): void {}
