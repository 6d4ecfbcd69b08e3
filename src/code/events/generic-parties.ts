// Unnamed parties of arrests, attacks and protests (lexicon/events/generic-parties.json).
//
// News names many parties only generically: «پلیس یک مرد ۳۲ ساله را دستگیر کرد»، «شش نفر دستگیر
// شدند»، «بیش از 200 تن … کشته شدند»، «معترضان … تظاهرات کردند». The actor lexicon makes such a
// phrase an actor only when it names a state («سه فلسطینی», src/resolve/actors/generic.ts; a context
// title «معترضان» with a place in its sentence). Without that the act loses a side and is dropped.
// Here, for the acts of the file's `fill` types that found no party on a side, the argument reader
// is asked again with the sentence's generic phrases as candidate parties (so the grammar — subject
// of a passive, object before «را» — decides which phrase is the argument, as for any actor), and the
// phrase it picks is coded with the country the text gives it (the other side's, a place of the
// sentence, of the sentences before, or the dateline) and a sector (the noun's, or the act's for a
// neutral «نفر»). With no country the side stays empty: nothing changes.
// A passive arrest or sealing of such a party with no agent named is the police's act (passivePolice).

import type { Doc, Entity, PloverType } from '../../doc.js';
import type { GrammarLexicon } from '../../grammar/grammar-lexicon.js';
import { type ActorSlot, isNumeralWord, type SentenceView } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { GenericPartiesFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { letterKey } from '../../resolve/actors/letter-key.js';
import { placeGazetteer } from '../../resolve/places/gazetteer.js';
import { findPlaces, overlapIndex, type PlaceMention } from '../../resolve/places/index.js';
import { partitionPoint } from '../../text/span-index.js';
import { isPassiveOfTransitive } from './argument-roles.js';
import { type Arguments, withoutAttributions } from './arguments.js';
import { articleSceneCountry } from './article-scene.js';
import { codedActor } from './coded-actor.js';
import type { TriggerHit } from './find-triggers.js';

const FILE = 'lexicon/events/generic-parties.json';

interface NounGroup {
  /** null: a neutral word; the act decides the sector. */
  sector: string | null;
  /** CAMEO codes the group is a party of (none: every act of a `fill` type). */
  cameos: ReadonlySet<string> | null;
  /** PLOVER types the group is a party of (none: every `fill` type). */
  types: ReadonlySet<string> | null;
  /** The sides it may fill (null: both): the police arrest, they are seldom the arrested. */
  sides: ReadonlySet<string> | null;
}

export interface GenericPartyLexicon {
  fill: ReadonlyMap<string, ReadonlySet<'actor' | 'recipient'>>;
  quantifiers: ReadonlySet<string>;
  counted: ReadonlySet<string>;
  countedFollowers: ReadonlySet<string>;
  ageWord: string;
  others: string;
  demonstratives: ReadonlySet<string>;
  /** Noun key sequences (joined by a space) → their group; `longest` words a noun may have. */
  nouns: ReadonlyMap<string, NounGroup>;
  longest: number;
  neutralSector: ReadonlyMap<string, string>;
  protestSector: string;
  protestWords: ReadonlySet<string>;
  otherSideTypes: ReadonlySet<string>;
  soleParty: ReadonlySet<string>;
  /** Per type, the sectors a generic actor must have (an arrest is made by the police, not by «سه سارق»). */
  actorSectors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Types whose party may take the article's scene country when nothing nearer gives one. */
  sceneTypes: ReadonlySet<string>;
  /** Trigger ids of a death or wound, which need not be an attack. */
  casualties: ReadonlySet<string>;
  authoritySectors: ReadonlySet<string>;
  police: { cameos: ReadonlySet<string>; sectors: ReadonlySet<string>; role: string; name: string };
}

let cache: GenericPartyLexicon | null = null;

const keysOf = (entry: string) => entry.split(/\s+/).filter(Boolean).map(wordKey);

export function genericPartyLexicon(): GenericPartyLexicon {
  if (cache) return cache;
  const d = checkKnowledge(GenericPartiesFile, readKnowledgeJson(FILE), FILE);
  const nouns = new Map<string, NounGroup>();
  let longest = 1;
  for (const g of d.people) {
    const group: NounGroup = {
      sector: g.sector,
      cameos: g.cameos ? new Set(g.cameos) : null,
      types: g.types ? new Set(g.types) : null,
      sides: g.sides ? new Set(g.sides) : null,
    };
    for (const w of g.words) {
      const keys = keysOf(w);
      // Written apart or joined («اعتراض کننده ها», «اعتراض‌کننده‌ها»): both spellings occur.
      nouns.set(keys.join(' '), group);
      nouns.set(keys.join(''), group);
      longest = Math.max(longest, keys.length);
    }
  }
  cache = {
    fill: new Map(Object.entries(d.fill).map(([t, sides]) => [t, new Set(sides)])),
    quantifiers: new Set(d.quantifiers.map(wordKey)),
    counted: new Set(d.counted.map(wordKey)),
    countedFollowers: new Set(d.countedFollowers.map(wordKey)),
    ageWord: wordKey(d.ageWord),
    others: wordKey(d.othersWord),
    demonstratives: new Set(d.demonstratives.map(wordKey)),
    nouns,
    longest,
    neutralSector: new Map(Object.entries(d.neutralSector)),
    protestSector: d.protestContext.sector,
    protestWords: new Set(d.protestContext.words.map((w) => keysOf(w).join(''))),
    otherSideTypes: new Set(d.countryFromOtherSide.types),
    soleParty: new Set(d.soleParty),
    sceneTypes: new Set(d.sceneTypes),
    actorSectors: new Map(Object.entries(d.actorSectors).map(([t, v]) => [t, new Set(v)])),
    casualties: new Set(d.casualtyTriggers),
    authoritySectors: new Set(d.countryFromOtherSide.sectors),
    police: {
      cameos: new Set(d.passivePolice.cameos),
      sectors: new Set(d.passivePolice.sectors),
      role: d.passivePolice.role,
      name: d.passivePolice.name,
    },
  };
  return cache;
}

/** A generic phrase of a sentence, on word positions [first, last]. */
interface Phrase {
  first: number;
  last: number;
  group: NounGroup;
  id: string;
}

const PREFIX = 'generic:';
const PUNCT = /^[،,.:؛!?؟«»"()]$/;
/** How many words after the phrase «از» and a named group may begin (a partitive: «10 تن از نیروهای …»). */
const PARTITIVE_REACH = 3;
/** Place cues that say where something is, not what is talked about or where it comes from. */
const SCENE_CUES = new Set(['in', 'head', 'none', 'dateline', 'to']);
/**
 * A place mention that may give a party its country: a scene, no weak name («در آستانه» is "on the
 * eve of"), and, without a cue, one word («و یک» read as one name is no place).
 */
function scene(m: PlaceMention): boolean {
  if (!SCENE_CUES.has(m.cue) || m.place.country.length !== 3 || m.place.weak) return false;
  if (placeGazetteer().weakKeys.has(letterKey(m.text))) return false;
  return m.cue !== 'none' || m.first === m.last;
}

/** Sentences before the phrase's whose places may give its country. */
const SENTENCES_BEFORE = 2;

/** «بیش از200 تن»: a number written onto the preposition of its quantity. */
const GLUED_NUMBER = /^(?:از|به|بر)[0-9۰-۹٠-٩]+$/;

function isCount(g: GrammarLexicon, lex: GenericPartyLexicon, key: string): boolean {
  return isNumeralWord(g, key) || lex.quantifiers.has(key) || GLUED_NUMBER.test(key);
}

/** The noun (its group and word count) starting at word `w`, longest first. */
function nounAt(
  view: SentenceView,
  lex: GenericPartyLexicon,
  w: number,
): { group: NounGroup; n: number } | null {
  for (let n = Math.min(lex.longest, view.words.length - w); n >= 1; n--) {
    const keys = view.words.slice(w, w + n).map((x) => x.key);
    const group = lex.nouns.get(keys.join(' ')) ?? (n === 1 ? null : lex.nouns.get(keys.join('')));
    if (group) return { group, n };
  }
  return null;
}

/**
 * The generic phrases of a sentence outside its actor slots and the trigger: [count] noun, or count
 * + a counted noun («شش نفر») followed by what may follow a person, with an age («۳۲ ساله») and a
 * person noun after a counted one («۱۱ نفر متهم») taken in.
 */
function phrasesOf(
  view: SentenceView,
  triggerStarts: ReadonlySet<number>,
  g: GrammarLexicon,
  lex: GenericPartyLexicon,
): Phrase[] {
  const taken = new Uint8Array(view.words.length);
  for (const s of view.actors) taken.fill(1, s.first, s.last + 1);
  const out: Phrase[] = [];
  for (let w = 0; w < view.words.length; w++) {
    if (taken[w]) continue;
    let first = w;
    let last = -1;
    let group: NounGroup | null = null;
    const key = view.words[w].key;
    const counted = w > 0 && isCount(g, lex, view.words[w - 1].key);
    if (lex.counted.has(key)) {
      if (!counted) continue;
      // «یک تن و 450 کیلو تریاک» is a weight: a counted noun is a person only before what may follow one.
      const next = view.words[w + 1];
      const follows =
        !next ||
        triggerStarts.has(w + 1) ||
        PUNCT.test(next.key) ||
        view.verb[w + 1] ||
        lex.countedFollowers.has(next.key) ||
        g.prepositions.has(next.key) ||
        !!nounAt(view, lex, w + 1);
      if (!follows) continue;
      const after = nounAt(view, lex, w + 1);
      group = after?.group.sector ? after.group : { sector: null, cameos: null, types: null, sides: null };
      last = after?.group.sector ? w + after.n : w;
    } else {
      const noun = nounAt(view, lex, w);
      if (!noun) continue;
      group = noun.group;
      last = w + noun.n - 1;
    }
    if (counted) first = w - 1;
    // «مردی 32 ساله», «یک مرد ۳۲ ساله»: the age belongs to the phrase.
    if (isNumeralWord(g, view.words[last + 1]?.key ?? '') && view.words[last + 2]?.key === lex.ageWord)
      last += 2;
    else if (view.words[last + 1]?.key === lex.ageWord) last += 1;
    // «70 شبه‌نظامی کشته و 60 تن دیگر زخمی شدند»: «دیگر» counts more of a group named before.
    if (view.words[last + 1]?.key === lex.others) continue;
    let overlaps = false;
    for (let x = first; x <= last; x++) if (taken[x]) overlaps = true;
    if (overlaps) continue;
    // «7 تن از این 12 مأمور پلیس»: a count out of a group named before is that group's, not a party
    // of its own.
    if (view.words[last + 1]?.key === 'از' && lex.demonstratives.has(view.words[last + 2]?.key ?? ''))
      continue;
    // «10 تن از نیروهای امنیتی پاکستان»: the named group is the party (the argument reader's partitive).
    if (
      view.words[last + 1]?.key === 'از' &&
      (view.actors[partitionPoint(view.actors.length, (i) => (view.actors[i] as ActorSlot).first <= last + 1)]
        ?.first ?? Number.POSITIVE_INFINITY) <=
        last + 1 + PARTITIVE_REACH
    )
      continue;
    out.push({ first, last, group, id: `${PREFIX}${view.index}:${first}` });
    w = last;
  }
  return out;
}

/** The view with the phrases as actor slots of their own (ids `generic:…`). */
function withPhrases(
  view: SentenceView,
  phrases: readonly Phrase[],
  g: GrammarLexicon,
  lex: GenericPartyLexicon,
): SentenceView {
  const added: ActorSlot[] = phrases.map((p) => {
    let prep = view.prep[p.first] ?? null;
    // «در این زمینه 6 نفر دستگیر»: a numeral not right after the preposition begins a new noun phrase.
    if (
      prep !== null &&
      isCount(g, lex, view.words[p.first].key) &&
      !g.prepositions.has(view.words[p.first - 1]?.key ?? '')
    )
      prep = null;
    return {
      entity: '',
      type: 'PER',
      actor: p.id,
      start: view.words[p.first].start,
      end: view.words[p.last].end,
      first: p.first,
      last: p.last,
      prep,
      object: view.words[p.last + 1]?.key === 'را',
    };
  });
  const actors = [...view.actors, ...added].sort((a, b) => a.first - b.first);
  return { ...view, actors };
}

/**
 * The generic parties of one article: fills the empty sides of the acts of `fill`'s types. One per
 * article; `codeOf` is the coder's actor-code map, which new actors join.
 */
export class GenericParties {
  private readonly lex = genericPartyLexicon();
  private places: PlaceMention[] | null = null;
  private entitiesAt: ((start: number, end: number) => Entity[]) | null = null;
  /** The article's scene country (undefined: not yet computed). */
  private scene: string | null | undefined = undefined;
  private readonly phraseCache = new Map<number, Phrase[]>();
  private readonly viewCache = new Map<number, Map<string, SentenceView>>();
  private readonly protestCache = new Map<number, boolean>();

  constructor(
    private readonly doc: Doc,
    private readonly views: readonly SentenceView[],
    private readonly g: GrammarLexicon,
    private readonly codeOf: Map<string, string>,
  ) {}

  /**
   * Fills the empty sides of the act `hit` (type `type`) in `args` with generic phrases the argument
   * reader (`reread`, on a view with the phrases as slots) takes as its arguments.
   */
  fill(
    view: SentenceView,
    hit: TriggerHit,
    type: PloverType | undefined,
    args: Arguments,
    reread: (v: SentenceView) => Arguments,
    sentenceHits: readonly TriggerHit[],
    typeOf: (h: TriggerHit) => PloverType | undefined,
  ): void {
    const sides = type ? this.lex.fill.get(type) : undefined;
    if (!type || !sides) return;
    // «۸ نفر مجروح شدند» after an accident, «384 نفر کشته شدند» in an earthquake: a death or wound is
    // an attack's only when the sentence names the attack («بر اثر حملات تروریستی کشته شدند»).
    const attackNamed = () =>
      sentenceHits.some(
        (h) => h !== hit && typeOf(h) === 'ASSAULT' && !this.lex.casualties.has(h.trigger.id),
      );
    if (this.lex.casualties.has(hit.trigger.id) && !attackNamed()) return;
    const wantActor = sides.has('actor') && args.actors.length === 0;
    const wantRecipient = sides.has('recipient') && args.recipients.length === 0;
    if (!wantActor && !wantRecipient) return;
    // «در حمله افراد مسلح به یک ایست بازرسی، 13 سرباز عراقی کشته و 4 نفر دیگر زخمی شدند»: where the
    // sentence names a party besides the act's own sides, a casualty count is more likely that party's
    // than an unnamed one of its own.
    if (this.lex.soleParty.has(type) && this.otherPartyNamed(view, hit, args)) return;
    let all = this.phraseCache.get(view.index);
    if (!all) {
      all = phrasesOf(view, new Set(sentenceHits.map((h) => h.first)), this.g, this.lex);
      this.phraseCache.set(view.index, all);
    }
    // A phrase inside the trigger («معترضان» as a protest noun) is not its own argument.
    const overlaps = all.some((p) => p.last >= hit.first && p.first <= hit.last);
    const phrases = all.filter(
      (p) =>
        (!p.group.cameos || p.group.cameos.has(hit.trigger.cameo)) &&
        (!p.group.types || p.group.types.has(type)) &&
        !(p.last >= hit.first && p.first <= hit.last),
    );
    if (phrases.length === 0) return;
    // The view with the phrases is the same for every act of one code in the sentence: built once
    // (a sentence of thousands of words and acts stays linear).
    const key = `${type}:${hit.trigger.cameo}${overlaps ? `:${hit.first}` : ''}`;
    const views = this.viewCache.get(view.index) ?? new Map<string, SentenceView>();
    this.viewCache.set(view.index, views);
    let withSlots = views.get(key);
    if (!withSlots) {
      withSlots = withPhrases(view, phrases, this.g, this.lex);
      views.set(key, withSlots);
    }
    const again = reread(withSlots);
    const byId = new Map(phrases.map((p) => [p.id, p]));
    const pick = (ids: string[], other: string[]): string[] =>
      ids.flatMap((id) => {
        const p = byId.get(id);
        const actor = p ? this.actorFor(view, p, type, other) : null;
        return actor ? [actor] : [];
      });
    let generic: string[] = [];
    if (wantRecipient) {
      generic = pick(
        again.recipients.filter((id) => {
          const p = byId.get(id);
          return !!p && (!p.group.sides || p.group.sides.has('recipient'));
        }),
        args.actors,
      );
      if (generic.length) args.recipients = generic;
    }
    if (wantActor) {
      const sectors = this.lex.actorSectors.get(type);
      const found = pick(
        again.actors.filter((id) => {
          const p = byId.get(id);
          return !!p && (!sectors || sectors.has(p.group.sector ?? ''));
        }),
        args.recipients,
      );
      if (found.length) {
        args.actors = found;
        args.actorSource = 'direct';
      }
    }
    this.passivePolice(view, hit, args, generic);
  }

  /** «… دستگیر شدند» with no agent, of a generic party of a police sector: the police of its country. */
  private passivePolice(view: SentenceView, hit: TriggerHit, args: Arguments, generic: string[]): void {
    const p = this.lex.police;
    if (args.actors.length > 0 || !p.cameos.has(hit.trigger.cameo)) return;
    const passive = hit.trigger.recipient[0] === 'subject' || isPassiveOfTransitive(view, hit);
    if (!passive) return;
    const party = generic
      .map((id) => this.doc.actors.find((a) => a.id === id))
      .find((a) => a && p.sectors.has(a.sector ?? ''));
    if (!party?.country) return;
    args.actors = [this.actorOf(party.country, p.role, p.name)];
    args.actorSource = 'direct';
  }

  /** The coded actor of phrase `p` in an act of `type` whose other side is `other`, or null. */
  private actorFor(view: SentenceView, p: Phrase, type: PloverType, other: string[]): string | null {
    const country = this.countryOf(view, p, type, other);
    if (!country) return null;
    const sector =
      p.group.sector ??
      (type === 'COERCE' && this.protestNear(view)
        ? this.lex.protestSector
        : this.lex.neutralSector.get(type));
    if (!sector) return null;
    const name = this.doc.text.slice(view.words[p.first].start, view.words[p.last].end);
    return this.actorOf(country, sector, name);
  }

  /** An actor of the article coded `country` + `sector`, else a new one named `name`. */
  private actorOf(country: string, sector: string, name: string): string {
    const code = `${country}${sector}`;
    const r = codedActor(this.doc, code, country, sector, name);
    if (r.added) this.codeOf.set(r.id, code);
    return r.id;
  }

  /**
   * The trigger's clause names an actor, outside a news attribution and a «در» phrase, that is neither
   * side (a speaker's clause «منابع امنیتی گفتند: …» is another clause).
   */
  private otherPartyNamed(view: SentenceView, hit: TriggerHit, args: Arguments): boolean {
    const sides = new Set([...args.actors, ...args.recipients]);
    const c = view.clause[hit.first];
    const slots = withoutAttributions(view).actors;
    const start = view.clauseStart[c] ?? 0;
    for (
      let k = partitionPoint(slots.length, (i) => (slots[i] as ActorSlot).first < start);
      k < slots.length;
      k++
    ) {
      const s = slots[k] as ActorSlot;
      if (view.clause[s.first] !== c) break;
      if (!sides.has(s.actor) && s.prep !== 'در' && s.type !== 'LOC') return true;
    }
    return false;
  }

  /** The sentence, or the one before, names a protest. */
  private protestNear(view: SentenceView): boolean {
    const words = this.lex.protestWords;
    const names = (v: SentenceView | undefined): boolean => {
      if (!v) return false;
      let found = this.protestCache.get(v.index);
      if (found === undefined) {
        found = v.words.some((w) => words.has(w.key));
        this.protestCache.set(v.index, found);
      }
      return found;
    };
    return names(view) || names(this.views[view.index - 1]);
  }

  /**
   * The phrase's country: the other side's when it is an authority and the act's type reads it
   * (an arrest is made at home), else the nearest place of the sentence, of the sentences before,
   * or the dateline.
   */
  private countryOf(view: SentenceView, p: Phrase, type: PloverType, other: string[]): string | null {
    if (this.lex.otherSideTypes.has(type))
      for (const id of other) {
        const a = this.doc.actors.find((x) => x.id === id);
        if (a?.country && this.lex.authoritySectors.has(a.sector ?? '')) return a.country;
      }
    this.places ??= findPlaces(this.doc);
    const at = view.words[p.first].start;
    let best: PlaceMention | null = null;
    // «صدها تن … در جلال آباد علیه حملات هوایی امریکا مظاهره کردند»: a state named as the other side
    // (the protest's target) is not where the crowd is; only a «در X» scene may still be it.
    // The entities overlapping a place come from one span index per article, not a scan of them all
    // for every phrase (the events stage stays linear in the article).
    this.entitiesAt ??= overlapIndex(this.doc.entities);
    const entitiesAt = this.entitiesAt;
    const onOtherSide = (m: PlaceMention) =>
      m.cue !== 'in' &&
      m.cue !== 'head' &&
      entitiesAt(m.start, m.end).some((e) => e.actor !== null && other.includes(e.actor));
    for (const m of this.inSentence(view)) {
      if (!scene(m) || onOtherSide(m)) continue;
      {
        // «… مناطق مسکونی … عراق در ایران»: a scene «در X» before a name merely mentioned, then nearness.
        const rank = (x: PlaceMention) => (x.cue === 'in' || x.cue === 'head' ? 0 : 1);
        if (
          !best ||
          rank(m) < rank(best) ||
          (rank(m) === rank(best) && Math.abs(m.start - at) < Math.abs(best.start - at))
        )
          best = m;
      }
    }
    if (best) return best.place.country;
    for (let s = view.index - 1; s >= 0 && s >= view.index - SENTENCES_BEFORE; s--) {
      const v = this.views[s];
      if (!v) continue;
      const inIt = this.inSentence(v).filter(scene);
      const last = inIt[inIt.length - 1];
      if (last) return last.place.country;
    }
    return (
      this.places.find((m) => m.cue === 'dateline')?.place.country ??
      // A wire story names its city once: the article's scene (article-scene.ts).
      (this.lex.sceneTypes.has(type) ? this.sceneCountry() : null)
    );
  }

  /** The article's scene country, computed once. */
  private sceneCountry(): string | null {
    if (this.scene === undefined) this.scene = articleSceneCountry(this.places ?? [], scene);
    return this.scene;
  }

  /** The place mentions inside sentence `v` (mentions are in text order). */
  private inSentence(v: SentenceView): PlaceMention[] {
    const places = this.places ?? [];
    const out: PlaceMention[] = [];
    for (
      let i = partitionPoint(places.length, (k) => (places[k] as PlaceMention).start < v.start);
      i < places.length;
      i++
    ) {
      const m = places[i] as PlaceMention;
      if (m.start >= v.end) break;
      if (m.end <= v.end) out.push(m);
    }
    return out;
  }
}
