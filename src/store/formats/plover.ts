// Events as PLOVER JSON records, one per line, in the shape of the PLOVER gold-standard records
// (PLOVER_GSR_CAMEO: id, date, source[], target[], event, mode, eventText, text, textInfo.markup),
// with rasad's own fields (cameo, quad, counts, article, url) alongside for R and Python users.
import type { StoredActor, StoredEvent } from '../types.js';

function ploverActor(a: StoredActor) {
  return {
    actorText: a.name,
    code: a.country ?? a.code,
    ...(a.sector ? { sector: a.sector } : {}),
    cameoCode: a.code,
    ...(a.name_en ? { actorTextEn: a.name_en } : {}),
  };
}

export function ploverRecord(e: StoredEvent) {
  const text = e.evidence ?? '';
  const at = e.trigger.text ? text.indexOf(e.trigger.text) : -1;
  const markup =
    at >= 0 ? `${text.slice(0, at)}(EVT: ${e.trigger.text})${text.slice(at + e.trigger.text.length)}` : text;
  return {
    id: e.id,
    date: e.date,
    source: e.actor.map(ploverActor),
    target: e.recipient.map(ploverActor),
    event: e.type,
    ...(e.mode ? { mode: e.mode } : {}),
    eventText: e.trigger.text,
    text,
    textInfo: { markup },
    language: 'fa',
    publication: e.source ?? null,
    url: e.url ?? null,
    coder: 'rasad',
    dateCoded: e.added_at ? e.added_at.slice(0, 10) : null,
    cameo: e.cameo,
    quad: e.quad,
    negated: e.negated,
    future: e.future,
    reportedBy: e.reported_by.map(ploverActor),
    confidence: e.confidence,
    article: e.article,
    numMentions: e.num_mentions ?? null,
    numArticles: e.num_articles,
    numSources: e.num_sources,
  };
}

export function ploverLine(e: StoredEvent): string {
  return `${JSON.stringify(ploverRecord(e))}\n`;
}
