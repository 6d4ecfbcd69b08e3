// Events: PLOVER type and mode plus the most specific CAMEO code, from the trigger patterns of
// lexicon/events/triggers*.json and the argument structure of the sentence (docs/events.md).
// Negated and hypothetical acts are not emitted; planned ones are marked future (a planned meeting is
// AGREE, CAMEO 036); reported speech keeps its reporters in reported_by.
import type { CodedEvent, Doc, PipelineOptions, PloverType, Quote } from '../../doc.js';
import { type GrammarLexicon, grammarLexicon } from '../../grammar/grammar-lexicon.js';
import { type SentenceView, sentenceViews, slotFrom } from '../../grammar/sentence-view.js';
import { ploverOntology } from '../../knowledge/ontology.js';
import { withAnaphors } from '../../resolve/coreference/index.js';
import { partitionPoint } from '../../text/span-index.js';
import {
  argumentLexicon,
  withoutAttributions as attributionFreeView,
  firstPerson,
  type OneSidedPolicy,
  readArguments,
  sentenceSubjects,
} from './arguments.js';
import { conditionalThreats } from './conditional-threat.js';
import { type ConfidenceFacts, confidenceModel, factsOf, featuresOf, scoreWith } from './confidence.js';
import { sidePlace } from './confidence-facts.js';
import { demandedAgents } from './demanded-agent.js';
import { destinationOf, gapIsDestination, placesBySentence, stateActor, wordAt } from './destination.js';
import { attachedDate, clauseDate, eventDate, leadDate } from './event-date.js';
import { findTriggers, type TriggerHit } from './find-triggers.js';
import { GenericParties } from './generic-parties.js';
import { resolveGroupArguments } from './group-reference.js';
import { type Candidate, dedupeEvents, mergeMentions } from './merge.js';
import { demandLexicon, modalDemands } from './modal-demand.js';
import { type ModalityLexicon, modalityLexicon, readModality } from './modality.js';
import { ownStateAsSpeaker } from './own-state-speaker.js';
import { withoutContainingStates } from './side-members.js';
import { compactKey, speakerAffiliations } from './speaker-affiliation.js';
import { withTargetSectors } from './target-sector.js';
import { withTitleAppositions } from './title-apposition.js';
import { type EventLexicon, eventLexicon } from './trigger-lexicon.js';

const GENERIC_CAMEO = new Set(['180', '190']);
/** Quad classes of statements (verbal cooperation and conflict). */
const VERBAL_QUADS = new Set([1, 3]);
/** Prepositions of an attack's target. */
const AGAINST = new Set(['به', 'علیه', 'ضد', 'بر ضد']);
/** Base confidence of a threat read from a condition and a retaliation noun («اگر …، پاسخ خواهیم داد»). */
const CONDITIONAL_THREAT_CONFIDENCE = 0.7;
/** Base confidence of an act read from a construction of reported speech («X: Y باید …»). */
const SPOKEN_ACT_CONFIDENCE = 0.6;
/** This many distinct sports words in an article make it a sports article. */
const SPORTS_ARTICLE = 4;

/** How many quotes starting before a position are looked at (quotes nest only a few deep). */
const QUOTE_LOOKBACK = 16;

/** The speaker sectors whose own state, named as an actor in their words, is their body (own-state-speaker.ts). */
const OWN_STATE_SECTORS = new Set(['GOV']);

/** The innermost quote whose span contains `pos` (quotes sorted by start). */
function quoteAt(quotes: readonly Quote[], pos: number): Quote | null {
  const lo = partitionPoint(quotes.length, (i) => (quotes[i] as Quote).start <= pos);
  let best: Quote | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - QUOTE_LOOKBACK; k--) {
    const q = quotes[k];
    if (q.end > pos && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

function sportsWords(view: SentenceView, g: GrammarLexicon): number {
  const seen = new Set<string>();
  for (const w of view.words) if (g.sportsContext.has(w.key)) seen.add(w.key);
  return seen.size;
}

/** Cameo and mode after the trigger's upgrade rules («سفر» makes a meeting a visit, 042). */
const UPGRADE_REACH = 25;
function upgraded(view: SentenceView, hit: TriggerHit): { cameo: string; mode: string | null | undefined } {
  const from = Math.max(0, hit.first - UPGRADE_REACH);
  const to = Math.min(view.words.length, hit.last + UPGRADE_REACH);
  for (const up of hit.trigger.upgrade) {
    for (let w = from; w < to; w++)
      if (up.words.has(view.words[w].key)) return { cameo: up.cameo ?? hit.trigger.cameo, mode: up.mode };
  }
  return { cameo: hit.trigger.cameo, mode: undefined };
}

export function codeEvents(doc: Doc, _options: PipelineOptions): void {
  const g = grammarLexicon();
  const lex = eventLexicon();
  doc.events = codeEventsWith(doc, g, lex);
}

/** A trigger that matched but gave no event, and why (for diagnostics: scripts/event-causes.ts). */
export interface DroppedTrigger {
  sentence: number;
  start: number;
  end: number;
  reason: string;
}
export const droppedTriggers = new WeakMap<Doc, DroppedTrigger[]>();
/** Every trigger pattern match, kept or not, as text spans (diagnostics: scripts/event-causes.ts). */
export const triggerSpans = new WeakMap<Doc, Array<{ start: number; end: number }>>();

export function codeEventsWith(
  doc: Doc,
  g: GrammarLexicon,
  lex: EventLexicon,
  ml: ModalityLexicon = modalityLexicon(),
): CodedEvent[] {
  // Pronouns and anaphors («با او»، «این کشور را») stand as actor slots linked to their antecedents.
  // «با رئیس جمهور خوان کارلوس وارلا»: a title right before a name is that name's (title-apposition.ts).
  const roleOf = new Map(doc.actors.map((a) => [a.id, a.roles.map(compactKey)]));
  const views = withTitleAppositions(withAnaphors(doc, sentenceViews(doc)), (id, words) =>
    (roleOf.get(id) ?? []).some((r) => r.startsWith(compactKey(words))),
  );
  const dates = [...doc.dates].sort((a, b) => a.start - b.start);
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  const codeOf = new Map(doc.actors.map((a) => [a.id, a.code ?? a.id]));
  const codeOrNull = (id: string) => (codeOf.get(id) === id ? null : (codeOf.get(id) ?? null));
  const rolesOf = new Map(doc.actors.map((a) => [a.id, a.roles]));
  const keyOf = (id: string) => codeOf.get(id) ?? id;
  const isEventNoun = (key: string) => lex.eventNouns.has(key);
  // «افراد مسلح ناشناس حمله کردند»: a side the text names as unknown resolves the argument (the event
  // stays) but is coded as no one, as the ontology codes an attack whose perpetrator is not stated.
  const unidentified = argumentLexicon().unidentifiedCodes;
  const named = (ids: string[]) => ids.filter((id) => !unidentified.has(keyOf(id)));
  const destinationCameos = argumentLexicon().destinationCameos;
  const oneSided = argumentLexicon().oneSided;
  let places: ReturnType<typeof placesBySentence> | null = null;
  // «شش نفر دستگیر شدند»، «پلیس یک مرد ۳۲ ساله را دستگیر کرد»: unnamed parties (generic-parties.ts).
  const generic = new GenericParties(doc, views, g, codeOf);
  // Events whose stated actor is an unidentified party (emitted as an empty side).
  const unknownParty = new WeakSet<CodedEvent>();
  // Distinct sports words in the whole article.
  const docSportsWords = new Set<string>();
  for (const v of views) for (const w of v.words) if (g.sportsContext.has(w.key)) docSportsWords.add(w.key);
  const docSports = docSportsWords.size;

  const candidates: Candidate[] = [];
  const dropped: DroppedTrigger[] = [];
  droppedTriggers.set(doc, dropped);
  const spans: Array<{ start: number; end: number }> = [];
  triggerSpans.set(doc, spans);
  const drop = (view: SentenceView, hit: TriggerHit, reason: string) => {
    dropped.push({
      sentence: view.index,
      start: view.words[hit.first].start,
      end: view.words[hit.last].end,
      reason,
    });
  };
  // The innermost speaker of the quote a word stands in, or the headline speaker («X: …»).
  // A speaker without a code speaks for the role or institution in apposition to the name.
  const affiliation = speakerAffiliations(
    views,
    new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker, ...q.chain] : q.chain))),
    (id) => codeOf.get(id) !== id,
    (id, words) => (rolesOf.get(id) ?? []).some((r) => compactKey(r).startsWith(compactKey(words))),
  );
  const speakerOf = (view: SentenceView, word: number): string | null => {
    const quote = quoteAt(quotes, view.words[word].start);
    const id =
      (quote ? (quote.chain[quote.chain.length - 1] ?? quote.speaker) : null) ?? headlineSpeaker(view, word);
    return id === null ? null : (affiliation.get(id) ?? id);
  };
  // Attack mentions by sentence, in word order.
  const attackAt = new Map<number, Array<{ word: number; c: Candidate }>>();
  const wantsEventRecipient: Array<{ view: number; word: number; c: Candidate }> = [];
  const sympathies: Array<{ view: number; word: number; c: Candidate }> = [];
  // An act read from a construction, not a trigger pattern, whose actor is the speaker.
  const spokenAct = (
    v: SentenceView,
    first: number,
    last: number,
    cameo: string,
    actor: string[],
    recipient: string[],
  ): Candidate => {
    const entry = lex.cameo.get(cameo);
    if (!entry) throw new Error(`CAMEO ${cameo} is not in the ontology`);
    const start = v.words[first].start;
    const end = v.words[last].end;
    const date = clauseDate(v, first, dates, isEventNoun, doc.reference);
    return {
      event: {
        id: '',
        type: entry.type,
        mode: entry.mode,
        cameo,
        quad: ploverOntology().quad[entry.type],
        actor,
        recipient,
        date: date.value,
        negated: false,
        future: false,
        reported_by: [],
        sentence: v.index,
        trigger: { start, end, text: doc.text.slice(start, end) },
        confidence: SPOKEN_ACT_CONFIDENCE,
      },
      dateStrength: date.strength,
      merge: null,
      generic: false,
      base: SPOKEN_ACT_CONFIDENCE,
      actorSource: 'speaker',
    };
  };
  let previousSubjects: string[] = [];
  // The actor and recipient of the last act with both, and its sentence: «طرفین» and «دو کشور» name them.
  let lastParties: { sentence: number; actor: string; recipient: string } | null = null;
  for (const view of views) {
    if (view.index > 0) {
      const prev = views[view.index - 1];
      previousSubjects = sentenceSubjects(prev);
    }
    const hits = findTriggers(view, lex, g);
    for (const h of hits) spans.push({ start: view.words[h.first].start, end: view.words[h.last].end });
    for (const t of conditionalThreats(view, hits, g, ml, (w) => speakerOf(view, w))) {
      const entry = lex.cameo.get('130');
      if (!entry || (t.actors.length === 0 && t.recipients.length === 0)) continue;
      const start = view.words[t.first].start;
      const end = view.words[t.last].end;
      const date = clauseDate(view, t.first, dates, isEventNoun, doc.reference);
      candidates.push({
        event: {
          id: '',
          type: entry.type,
          mode: entry.mode,
          cameo: '130',
          quad: ploverOntology().quad[entry.type],
          actor: t.actors,
          recipient: t.recipients,
          date: date.value,
          negated: false,
          future: false,
          reported_by: [],
          sentence: view.index,
          trigger: { start, end, text: doc.text.slice(start, end) },
          confidence: CONDITIONAL_THREAT_CONFIDENCE, // replaced by the calibrated model below
        },
        dateStrength: date.strength,
        merge: null,
        generic: false,
        base: CONDITIONAL_THREAT_CONFIDENCE,
        actorSource: t.actors.length === 0 ? 'none' : t.fromSpeaker ? 'speaker' : 'direct',
        trigger: 'conditional-threat',
      });
    }
    // «X گفت: Y باید …»: a clause of obligation in what X says is X's demand of Y (modal-demand.ts).
    for (const d of modalDemands(
      view,
      hits,
      (w) => speakerOf(view, w),
      (h) => lex.cameo.get(h.trigger.cameo)?.type === 'REQUEST',
      codeOrNull,
      ml,
    ))
      candidates.push(spokenAct(view, d.first, d.last, demandLexicon().cameo, [d.actor], d.recipients));
    if (hits.length === 0) continue;
    const sports = sportsWords(view, g);
    // The last demand seen in this sentence: what it asks for is not (yet) an event.
    let demandFirst = -1;
    let demandLast = -1;
    let prev: { last: number; recipients: string[] } | null = null;
    const alleged = allegedContent(view, hits);
    const typeOf = (h: TriggerHit) => lex.cameo.get(h.trigger.cameo)?.type;
    for (const hit of hits) {
      const { trigger } = hit;
      const type = typeOf(hit);
      if (demandFirst >= 0 && isDemandedContent(hit, demandFirst, demandLast)) continue;
      if (alleged.has(hit)) {
        drop(view, hit, 'the content of an accusation');
        continue;
      }
      if (type === 'REQUEST') {
        demandFirst = hit.first;
        demandLast = hit.last;
      }
      // A sports article (many sports words) or a sports sentence: «دیدار» is a match, «حمله» a raid on goal.
      if (trigger.sports && (sports >= 2 || (sports >= 1 && docSports >= 3) || docSports >= SPORTS_ARTICLE))
        continue;
      const modality = readModality(view, hit, g, ml);
      if (modality.negated || modality.hypothetical) {
        drop(view, hit, modality.negated ? 'negated' : 'hypothetical');
        continue;
      }
      // «در حالی که دیگران او را سرزنش می‌کردند»، «اتحادگرایان که فریاد می‌زدند»: the past progressive
      // describes a course of things or a habit in the past, the background of the news, not a dated act.
      if (modality.progressive) {
        drop(view, hit, 'a past course of action');
        continue;
      }
      // «عربستان خواستار این امر است»: a standing position (lexicon/modality stanceTypes).
      if (modality.stance && ml.stanceTypes.has(type as PloverType)) {
        drop(view, hit, 'a standing position');
        continue;
      }
      // «وارد مرحله تازه‌ای شد»، «به جنگ داعش رفت»: a gap that is no destination is no travel.
      if (trigger.destinationGap) {
        places ??= placesBySentence(doc, views);
        if (!gapIsDestination(view, hit, places.get(view.index) ?? [], argumentLexicon().destinationHeads)) {
          drop(view, hit, 'no destination in the gap');
          continue;
        }
      }
      const start = view.words[hit.first].start;
      const end = view.words[hit.last].end;
      const quote = quoteAt(quotes, start);
      const speaker = speakerOf(view, hit.first);
      const args = readArguments(view, hit, speaker, previousSubjects);
      generic.fill(
        view,
        hit,
        type,
        args,
        (v) => readArguments(v, hit, speaker, previousSubjects),
        hits,
        typeOf,
      );
      // «وزیر خارجه ایتالیا گفت: ایتالیا مایل است …»: the speaker's own state is its government speaking.
      if (quote && args.actorSource === 'direct')
        args.actors = ownStateAsSpeaker(args.actors, speaker, (id) => codeOf.get(id), OWN_STATE_SECTORS);
      // «خواستار کاهش تعرفه‌ها از سوی اروپا شد»: the agent of the act demanded is whom it asks.
      if (type === 'REQUEST' && args.recipients.length === 0)
        args.recipients = demandedAgents(view, hit, args.actors).map((s) => s.actor);
      // «عازم پکن شد»، «به نواکشوت سفر کرده بود»: the host of a visit is the state of the place visited.
      // «ارتش اسرائیل به غزه حمله کرد»: the target of an attack on a place is the state it lies in.
      const placeTarget = type === 'ASSAULT';
      if (args.recipients.length === 0 && (destinationCameos.has(trigger.cameo) || placeTarget)) {
        places ??= placesBySentence(doc, views);
        const dest = destinationOf(
          view,
          hit,
          places.get(view.index) ?? [],
          placeTarget ? AGAINST : undefined,
          placeTarget ? undefined : argumentLexicon().destinationHeads,
        );
        if (dest) {
          const id = stateActor(doc, dest.country, dest.text);
          codeOf.set(id, dest.country);
          // «بوتینا … وارد مسکو شد»: travel to the visitor's own state is a return home, no visit.
          const home = (a: string) => doc.actors.find((x) => x.id === a)?.country === dest.country;
          const own = !placeTarget && args.actors.some(home);
          if (!own && !args.actors.some((a) => keyOf(a) === dest.country)) args.recipients = [id];
        }
      }
      // «به مواضع مرزی هند حمله کردند»: a state struck through its installations is its forces.
      if (placeTarget)
        args.recipients = withTargetSectors(doc, view, args.recipients, keyOf, (id, code) =>
          codeOf.set(id, code),
        );
      // «… را محکوم و از آن خواست …»: a verb joined by «و» to the one before shares its recipient.
      if (
        args.recipients.length === 0 &&
        trigger.recipient.length > 0 &&
        prev &&
        conjoined(view, prev.last, hit.first)
      )
        args.recipients = prev.recipients.filter((id) => !args.actors.includes(id));
      prev = { last: hit.last, recipients: args.recipients };
      // «… تبریک گفت و رهبران دو کشور … توافق کردند»: the two sides are those of the act just before.
      if (args.bothParties && lastParties && view.index - lastParties.sentence <= 1) {
        args.actors = [lastParties.actor];
        args.recipients = [lastParties.recipient];
        args.actorSource = 'direct';
        args.mutual = true;
      }
      // «رهبران دو کشور ملاقات کردند»، «با همتایان خود در دو کشور»: the parties named before.
      resolveGroupArguments(doc, views, view, args, type ?? '', trigger.mutual, (id, code) =>
        codeOf.set(id, code),
      );
      if (args.actors.length > 0 && args.recipients.length > 0)
        lastParties = { sentence: view.index, actor: args.actors[0], recipient: args.recipients[0] };
      if (trigger.requires.has('actor') && args.actors.length === 0) {
        drop(view, hit, 'no actor (required)');
        continue;
      }
      // «۱۲ تیم ارزیاب … اعزام شدند»: a deployment is MOBILIZE only when those sent are armed forces.
      const sectors = trigger.actorSectors;
      if (sectors && !args.actors.some((id) => sectors.has(codeOrNull(id)?.slice(3, 6) ?? ''))) {
        drop(view, hit, 'actor of another sector');
        continue;
      }
      const date = eventDate(view, hit, dates, isEventNoun, doc.reference, modality.background);
      let future =
        modality.future ||
        (date.strength >= 2 && !!doc.reference && !!date.value && date.value > doc.reference);
      let { cameo, mode } = upgraded(view, hit);
      if (future && trigger.future) {
        cameo = trigger.future;
        mode = undefined;
      }
      let entry = lex.cameo.get(cameo);
      if (!entry) continue;
      const threatOf =
        ml.threatOf.get(entry.type) ??
        (modality.conditional ? ml.conditionalThreatOf.get(entry.type) : undefined);
      let threatened = false;
      if (future && threatOf) {
        // «اگر … حمله کنند، به آن‌ها حمله خواهیم کرد»، «تحریم‌ها را تشدید خواهیم کرد»: a conditional or
        // first-person announced act of conflict is a threat made now. A planned attack reported of
        // someone else («… به شرط آنکه مواضع تروریست‌ها هدف قرار بگیرد») has not happened: no event.
        const threat = threatOf;
        if (!(modality.conditional || firstPerson(view, hit)) || !lex.cameo.has(threat)) continue;
        cameo = threat;
        mode = undefined;
        entry = lex.cameo.get(cameo) as NonNullable<typeof entry>;
        future = false;
        threatened = true;
        // «اگر پیشنهاد اروپا … نباشد از حق وتو استفاده خواهیم کرد»: a subject read inside the condition
        // is the condition's party, the one threatened; the threat is the speaker's.
        const cond = modality.condition;
        const inCondition = (id: string) =>
          !!cond && view.actors.some((a) => a.actor === id && a.first >= cond.first && a.last <= cond.last);
        if (
          args.actors.length > 0 &&
          args.actors.every(inCondition) &&
          speaker &&
          !args.actors.includes(speaker)
        ) {
          if (args.recipients.length === 0) args.recipients = args.actors;
          args.actors = [];
        }
        // The one who threatens is the speaker («… پاسخ خواهیم داد»), unless the clause names a subject.
        if (args.actors.length === 0 && speaker && !args.recipients.includes(speaker)) {
          args.actors = [speaker];
          args.actorSource = 'speaker';
        }
        // «اگر پیشنهاد اروپا مورد قبول ما نباشد، از حق وتو استفاده خواهیم کرد»: with no target of its
        // own, the threat is addressed to the parties its condition names.
        if (args.recipients.length === 0 && cond) {
          const own = new Set(args.actors.map(keyOf));
          args.recipients = [
            ...new Set(
              view.actors
                .filter((a) => a.first >= cond.first && a.last <= cond.last && !own.has(keyOf(a.actor)))
                .map((a) => a.actor),
            ),
          ];
        }
      }
      // «سعی کرد … حمایت کند»، «اجازه می‌دهد … اعزام کنند»، «می‌تواند … مطالبه کند»: an act still to come
      // that is neither a plan or promise (AGREE, the ontology's intents) nor a threat has not happened.
      if (future && entry.type !== 'AGREE') {
        drop(view, hit, 'future (not a plan)');
        continue;
      }
      // «اگر این‌ها فاسد باشند، دشمن … را اشغال کرده است»: the consequence of a condition, neither a threat
      // nor a conditional promise (a future AGREE), is a hypothetical, not a reported act.
      if (modality.conditional && !threatened && !future) {
        drop(view, hit, 'hypothetical (consequence of a condition)');
        continue;
      }
      const finalMode = mode !== undefined ? mode : cameo === trigger.cameo ? trigger.mode : entry.mode;
      const actorSets = splitActors(
        entry.type === 'CONSULT' || trigger.mutual || args.mutual,
        args.actors,
        args.recipients,
        // «با A و B دیدار کرد»، «از اردن، مصر و سوریه دیدن کرد»: a meeting or visit with each is its own event.
        entry.type === 'CONSULT' || (future && cameo === trigger.future && trigger.future !== null),
      );
      for (const [statedActor, statedRecipient] of actorSets) {
        if (trigger.requires.has('recipient') && statedRecipient.length === 0) {
          drop(view, hit, 'no recipient (required)');
          continue;
        }
        const actor = named(statedActor);
        const recipient = named(statedRecipient);
        // An act by nobody to nobody says nothing an analyst can use (a passive «… دستگیر شدند» with a
        // named patient stays). An attack's mentions are kept until merged: another may name who or whom.
        if (entry.type !== 'ASSAULT' && actor.length === 0 && (recipient.length === 0 || future)) {
          drop(view, hit, 'neither actor nor recipient');
          continue;
        }
        const reported = quote ? quote.chain.filter((id) => !actor.includes(id)) : [];
        const event: CodedEvent = {
          id: '',
          type: entry.type,
          mode: finalMode ?? null,
          cameo,
          quad: ploverOntology().quad[entry.type],
          actor,
          recipient,
          date: date.value,
          negated: false,
          future,
          reported_by: reported,
          sentence: view.index,
          trigger: { start, end, text: doc.text.slice(start, end) },
          confidence: trigger.confidence, // replaced by the calibrated model below
        };
        if (actor.length < statedActor.length) unknownParty.add(event);
        const c: Candidate = {
          event,
          dateStrength: date.strength,
          merge: trigger.merge,
          generic: GENERIC_CAMEO.has(cameo),
          base: trigger.confidence,
          actorSource: actor.length ? args.actorSource : 'none',
          trigger: trigger.id,
          nominal: !hit.pattern.hasVerb,
        };
        candidates.push(c);
        if (trigger.merge === 'attack') {
          const list = attackAt.get(view.index) ?? [];
          list.push({ word: hit.first, c });
          attackAt.set(view.index, list);
        }
        if (trigger.recipientFromEvent) wantsEventRecipient.push({ view: view.index, word: hit.first, c });
        if (cameo === SYMPATHY && recipient.length === 0)
          sympathies.push({ view: view.index, word: hit.first, c });
      }
    }
  }
  dateAttackByAnaphor(views, candidates, dates, lex);
  // A statement the text does not date belongs to the occasion the lead reports («این مطلب را روز
  // گذشته … اعلام کرد»، «در مصاحبه روز پنجشنبه …»): it takes the lead's day, not the publication date
  // (docs/ontology.md: the publication date only when the text says nothing). A material act
  // (an attack, an arrest) in the body may be another happening and keeps the publication date.
  const lead = leadDate(views, dates, doc.reference, isEventNoun, ml.backgroundOpeners);
  if (lead)
    for (const c of candidates)
      if (c.dateStrength === 1 && !c.event.future && VERBAL_QUADS.has(c.event.quad)) c.event.date = lead;
  const merged = mergeMentions(candidates, keyOf);
  // «حمله دیروز مقابل ورودی این وزارتخانه را محکوم کردند»: what is condemned is the attack, so its
  // perpetrator (or nobody, when the text names none) is the recipient, not the attack's target.
  for (const w of wantsEventRecipient) {
    const clauseOf = views[w.view].clause;
    const list = attackAt.get(w.view) ?? [];
    const nearest =
      list[partitionPoint(list.length, (i) => (list[i] as (typeof list)[number]).word < w.word) - 1];
    const attack = nearest && clauseOf[nearest.word] === clauseOf[w.word] ? nearest : undefined;
    if (!attack) continue;
    const rep = attack.c.into ?? attack.c;
    w.c.event.recipient = rep.event.actor.filter((id) => !w.c.event.actor.includes(id));
  }
  // «از حادثه روز گذشته … ابراز تاسف کرد»: sympathy over an attack goes to those it struck.
  for (const w of sympathies) {
    const attack = attackReferredTo(views[w.view], w.word, attackAt.get(w.view) ?? [], merged, lex);
    if (!attack) continue;
    const rep = attack.into ?? attack;
    w.c.event.recipient = rep.event.recipient.filter((id) => !w.c.event.actor.includes(id));
  }
  // A party of the event's clause that is neither of its sides (nor a news attribution's source).
  const otherParty = (e: CodedEvent): boolean => {
    const sides = new Set([...e.actor, ...e.recipient].map(keyOf));
    const view = views[e.sentence];
    if (!view || view.words.length === 0) return false;
    const c = view.clause[wordAt(view, e.trigger.start)];
    // A place («در کابل»، «در آمریکا») is where, not a party.
    return (
      !!view &&
      attributionFreeView(view).actors.some(
        (s) =>
          view.clause[s.first] === c &&
          !sides.has(keyOf(s.actor)) &&
          s.prep !== 'در' &&
          !(s.type === 'LOC' && s.prep !== null),
      )
    );
  };
  // «نوجوان لبنانی … در خاک لبنان»: a state beside one of its own members is no second party.
  for (const c of merged) {
    c.event.actor = withoutContainingStates(c.event.actor, keyOf);
    c.event.recipient = withoutContainingStates(c.event.recipient, keyOf);
  }
  const model = confidenceModel();
  const actorsById = new Map(doc.actors.map((a) => [a.id, a]));
  const events = dedupeEvents(merged, keyOf)
    .map((c) => {
      // The calibrated probability that the event is right replaces the heuristic of its mentions.
      const facts: ConfidenceFacts = {
        base: c.base ?? 0.7,
        actorSource: c.actorSource ?? 'none',
        dateStrength: c.dateStrength,
        mentions: c.event.evidence_spans?.length ?? 1,
        event: c.event,
        trigger: c.trigger,
        nominal: c.nominal,
        actorPlace: sidePlace(views[c.event.sentence], c.event.trigger.start, c.event.actor),
        recipientPlace: sidePlace(views[c.event.sentence], c.event.trigger.start, c.event.recipient),
      };
      c.event.confidence = scoreWith(model, featuresOf(facts, actorsById, model.table));
      factsOf.set(c.event, facts);
      return c.event;
    })
    // An attack no mention of which names a perpetrator or a target cannot be told from any other.
    // An attack by a party the text states but cannot name («افراد مسلح ناشناس حمله کردند») stays: PLOVER
    // codes it with an unknown actor.
    .filter(
      (e) => e.type !== 'ASSAULT' || e.actor.length > 0 || e.recipient.length > 0 || unknownParty.has(e),
    )
    .filter((e) => {
      // One side unknown: coded only where the ontology's convention codes it (arguments.json
      // oneSided: an attack or arrest by an unstated perpetrator, a demand or resignation addressed to
      // no one). Elsewhere («… را محکوم کرد» with the condemned unresolved) it is recorded as dropped.
      // Elsewhere an empty side is kept only when the sentence names no other party it could be: in
      // «کارگران دست به اعتصاب زدند» no one is struck against, while in «X ضمن … Y … انتقاد کرد» with
      // the criticised unresolved, Y was most likely it and the one-sided event is wrong.
      const kept = (side: readonly string[], policy: OneSidedPolicy) =>
        side.length > 0 || policy.always.has(e.type) || (!policy.never.has(e.type) && !otherParty(e));
      const ok = kept(e.actor, oneSided.noActor) && kept(e.recipient, oneSided.noRecipient);
      if (!ok)
        dropped.push({
          sentence: e.sentence,
          start: e.trigger.start,
          end: e.trigger.end,
          reason: 'no other side (one side unknown)',
        });
      return ok;
    })
    .filter((e) => {
      // An act by or on an actor the lexicons cannot code (a name with neither code nor country) is
      // recorded as dropped, not emitted: as in PETRARCH, an uncoded actor makes no event. (An actor
      // the text does not name at all stays allowed: «افراد مسلح ناشناس حمله کردند».)
      const reason = [...e.actor, ...e.recipient].some((id) => uncoded(actorsById.get(id)))
        ? 'no code for an actor'
        : null;
      if (reason) dropped.push({ sentence: e.sentence, start: e.trigger.start, end: e.trigger.end, reason });
      return reason === null;
    })
    .sort((a, b) => a.trigger.start - b.trigger.start);
  events.forEach((e, i) => {
    e.id = `v${i + 1}`;
  });
  return events;
}

/** An actor with neither a code nor a country: a name the lexicons do not know. */
function uncoded(a: { code?: string | null; country?: string | null } | undefined): boolean {
  return !!a && !a.code && !a.country;
}

/** CAMEO 018, make an empathetic comment (regret, sympathy, condolences). */
const SYMPATHY = '018';
/** How far (in words) before a trigger the attack it speaks of may be named. */
const REFERRED_REACH = 15;

/**
 * The attack a trigger at `word` speaks of: an attack mention earlier in its clause, or, when an
 * anaphor («حادثه»، «واقعه») stands there, the article's attack if it reports only one.
 */
function attackReferredTo(
  view: SentenceView,
  word: number,
  mentions: ReadonlyArray<{ word: number; c: Candidate }>,
  merged: readonly Candidate[],
  lex: EventLexicon,
): Candidate | null {
  const c = view.clause[word];
  const from = Math.max(view.clauseStart[c], word - REFERRED_REACH);
  for (let k = mentions.length - 1; k >= 0; k--)
    if (mentions[k].word < word && mentions[k].word >= from) return mentions[k].c;
  let anaphor = false;
  for (let w = from; w < word; w++) if (lex.anaphors.get(view.words[w].key) === 'ASSAULT') anaphor = true;
  if (!anaphor) return null;
  const attacks = merged.filter((x) => x.merge === 'attack');
  return attacks.length === 1 ? attacks[0] : null;
}

/** CAMEO 112, accuse (allege): what it alleges is a claim, not a reported act. */
const ALLEGE = '112';
/** How far (in words) before an accusation its content («X را به نقض آتش‌بس … متهم کرد») may begin. */
const ALLEGATION_REACH = 12;
/** How far (in words) before a noun trigger the «به» of an accusation's content may stand. */
const ALLEGATION_PREP_REACH = 6;

/**
 * «هند پاکستان را به نقض آتش‌بس متهم کرد»، «این گروه را به دست داشتن در بمب‌گذاری‌ها متهم می‌کند»،
 * «متهم به … حمله … شد»: a noun trigger inside an accusation, or before it in its clause after the
 * «به» of what is alleged, is the allegation's content (the accusation is the event), not a happening.
 */
function allegedContent(view: SentenceView, hits: readonly TriggerHit[]): Set<TriggerHit> {
  const out = new Set<TriggerHit>();
  for (const a of hits) {
    if (!a.trigger.cameo.startsWith(ALLEGE)) continue;
    for (const h of hits) {
      if (h === a || h.pattern.hasVerb || view.clause[h.first] !== view.clause[a.first]) continue;
      if (h.first > a.first && h.last < a.last) out.add(h);
      else if (h.last < a.first && a.first - h.last <= ALLEGATION_REACH) {
        for (let w = h.first; w >= 0 && w >= h.first - ALLEGATION_PREP_REACH; w--)
          if (view.words[w].key === 'به' && view.clause[w] === view.clause[h.first]) out.add(h);
      }
    }
  }
  return out;
}

/** How far (in words) after a demand a subjunctive verb is read as what was demanded. */
const DEMAND_REACH = 15;

/**
 * «خواستار توقف حملات … شد»، «از آدم‌ربایان می‌خواهم گروگان‌ها را آزاد کنند»: a trigger inside the
 * words of a demand, or a subjunctive verb (present stem without «می») shortly after one in the same
 * sentence, is what the demand asks for, not an act that happened.
 */
function isDemandedContent(hit: TriggerHit, first: number, last: number): boolean {
  if (hit.first > first && hit.last < last) return true;
  const v = hit.verb;
  if (!v || hit.first <= last || hit.first - last > DEMAND_REACH) return false;
  return v.stem === 'present' && v.prefix !== 'می' && v.prefix !== 'نمی' && v.form === 'finite';
}

/**
 * A meeting (or signing) between A and B is one event (A with B); two callers calling C, or two
 * governments condemning, are one event per actor.
 */
function splitActors(
  mutual: boolean,
  actors: string[],
  recipients: string[],
  eachRecipient = false,
): Array<[string[], string[]]> {
  let sets: Array<[string[], string[]]>;
  // «جرگه صلح میان طالبان و پلیس»، «دیدار میان A و B»: both sides read as recipients of a mutual act
  // are its two parties; the first named is the actor (docs/ontology.md), not an unknown one.
  if (mutual && actors.length === 0 && recipients.length >= 2)
    sets = [[[recipients[0]], recipients.slice(1)]];
  else if (actors.length <= 1) sets = [[actors, recipients]];
  else if (mutual && recipients.length === 0) sets = [[[actors[0]], actors.slice(1)]];
  else sets = actors.map((a) => [[a], recipients]);
  if (!eachRecipient) return sets;
  return sets.flatMap(([a, r]) => (r.length <= 1 ? [[a, r]] : r.map((x): [string[], string[]] => [a, [x]])));
}

/** How many words may stand between two verbs joined by «و» that share a recipient. */
const CONJOINED_GAP = 6;

/** Trigger words ending at `last` and a trigger starting at `first` joined by «و» with no clause-opener or comma between. */
function conjoined(view: SentenceView, last: number, first: number): boolean {
  if (first - last > CONJOINED_GAP || first <= last) return false;
  let and = false;
  for (let w = last + 1; w < first; w++) {
    const key = view.words[w].key;
    if (key === 'و') and = true;
    else if (
      key === '،' ||
      key === '.' ||
      key === ':' ||
      key === 'که' ||
      view.actors[slotFrom(view, w)]?.first === w
    )
      return false;
  }
  return and;
}

/**
 * «بوش: سوریه باید حامیان صدام را اخراج کند»: a headline (or any sentence) that opens with an actor and a
 * colon, no verb between, is that actor's statement; its acts with no subject are the actor's.
 */
function headlineSpeaker(view: SentenceView, word: number): string | null {
  const first = view.actors[0];
  if (!first || first.first > 1) return null;
  const colon = first.last + 1;
  if (view.words[colon]?.key !== ':' || word <= colon) return null;
  for (let w = 0; w < first.first; w++) if (view.verb[w]) return null;
  return first.actor;
}

/**
 * «ابراز تاسف از حادثه روز گذشته»: a date attached to an anaphor of an attack dates the article's
 * attack when the article reports exactly one and no mention of it carries its own date.
 */
function dateAttackByAnaphor(
  views: readonly SentenceView[],
  candidates: Candidate[],
  dates: Parameters<typeof attachedDate>[2],
  lex: EventLexicon,
): void {
  const attacks = candidates.filter((c) => c.merge === 'attack');
  if (attacks.length === 0 || attacks.some((c) => c.dateStrength >= 2) || lex.anaphors.size === 0) return;
  for (const view of views) {
    for (let w = 0; w < view.words.length; w++) {
      if (lex.anaphors.get(view.words[w].key) !== 'ASSAULT') continue;
      const d = attachedDate(view, w, dates);
      if (!d) continue;
      const first = attacks[0];
      first.event.date = d.value;
      first.dateStrength = 3;
      for (const other of attacks.slice(1)) if (other.dateStrength < 2) other.event.date = d.value;
      return;
    }
  }
}
