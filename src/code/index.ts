// The coding stage: events from the resolved actors, dates and quotes.
import type { Component } from '../doc.js';
import { codeEvents } from './events/index.js';

export const code: Component = (doc, options) => codeEvents(doc, options);
