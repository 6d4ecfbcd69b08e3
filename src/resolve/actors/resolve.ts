// Entities → actors. One actor per real person, organization or state in an article: every mention
// (name, title phrase, short name, pronoun, «این گروه» …) points at it. Codes come from the lexicon
// (date-aware) or from the title phrase that names the person's office (وزیر خارجه آلمان → DEUGOV).
import type { Actor, Doc, Entity, PipelineOptions } from '../../doc.js';
import {
  contextCountry,
  type EntityInfo,
  isLocative,
  isPlaceUse,
  type RulerState,
  rulerState,
} from '../../recognize/ruler/ruler.js';
import { firstStartingFrom } from '../../text/span-index.js';
import { codeOn, holdsOn, roleOn, splitCode } from './dated-codes.js';
import { isFacilityName } from './facility-name.js';
import { letterKey } from './letter-key.js';
import { type CompiledLexicon, type Item, impliedSurnames, lookupPhrase } from './lexicon-index.js';
import type { CountryEntry, OrgEntry, PersonEntry } from './lexicon-schema.js';
import { type Chain, lexiconUnits, readChain, type Unit } from './phrase.js';
import { articleStates } from './article-state.js';
import { orgHeadSector } from './org-heads.js';
import { isUnknownArmed, placeCountryNear } from './place-country.js';
import { SPEAKER_COUNTRY, speakerCountryCode } from './speaker-country.js';
import { type Word, wordAt } from './text-words.js';

/** A title phrase reduced to what identifies an office: its titles and whose office it is. */
export interface RoleKey {
  titles: string[];
  anchor: string | null;
}

/** What resolution knows about an actor beyond the contract fields. */
export interface ActorRecord {
  actor: Actor;
  key: string;
  /** 'per' for people and offices held by people; else the kind an «این …» phrase can refer to. */
  isPerson: boolean;
  /** Kinds for reference phrases: org kinds, 'country', 'office:<title>'. */
  refKinds: string[];
  roleKeys: RoleKey[];
  /** Surname keys a later bare mention may use. */
  surnames: string[];
  gender: 'm' | 'f' | null;
  /** A lexicon code that is in force on the date (a text phrase does not override it). */
  codeFromLexicon: boolean;
  /** Entity ids already linked (a set: long articles mention one state thousands of times). */
  linked: Set<string>;
  /** A group of people («مقامات آمریکایی»): never the referent of a singular او / وی. */
  plural: boolean;
}

/** How many earlier mentions coreference looks through: antecedents are near, articles can be huge. */
const LOOKBACK = 400;

export interface Mention {
  start: number;
  end: number;
  sentence: number;
  entity: Entity;
  rec: ActorRecord;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const t of long) if (t === short[i]) i++;
  return i === short.length;
}

export function roleMatches(m: RoleKey, r: RoleKey, ignoreAnchor = false): boolean {
  if (!ignoreAnchor && m.anchor !== r.anchor) return false;
  return m.titles[0] === r.titles[0] && isSubsequence(m.titles, r.titles);
}

/** Words only Afghan (Dari) news uses: they make «کشورمان» Afghanistan rather than Iran. */
const DARI_MARKERS = new Set(
  ['ولسوالی', 'ولسوال', 'پوهنتون', 'داکتر', 'سارنوال', 'شاروالی', 'ولسی', 'مشرانو', 'څارنوال'].map(letterKey),
);

/** Gap between a name and its title phrase: spaces, a comma, quotation marks around the name. */
const APPOSITION_GAP = /^[\s،,"'«»“”]*$/;
const ONE = letterKey('یکی');
const FROM_KEY = letterKey('از');

export class Resolution {
  readonly records: ActorRecord[] = [];
  readonly byKey = new Map<string, ActorRecord>();
  readonly byActorId = new Map<string, ActorRecord>();
  readonly mentions: Mention[] = [];
  private readonly nameMemo = new Map<string, ActorRecord | null>();
  private readonly apposition = new Map<string, Chain>();
  /** Names set beside a group they belong to («X، از فرماندهان …»): the group's code, not its office. */
  private readonly members = new Set<string>();
  private readonly chainHolder = new Map<string, Entity>();
  private readonly roleKeyMemo = new Map<string, RoleKey | null>();
  private ownCountryCode: string | null = null;
  /** Owners named inside title phrases (طالبان in «وزارت خارجه طالبان»): «این گروه» may point back to them. */
  private readonly anchorTrail: Array<{ start: number; rec: ActorRecord; aside: boolean }> = [];
  readonly lex: CompiledLexicon;
  readonly words: Word[];

  constructor(
    readonly doc: Doc,
    readonly st: RulerState,
  ) {
    this.lex = st.lex;
    this.words = st.words;
  }

  /** Honorific keys (never a surname). */
  private get honorifics(): ReadonlySet<string> {
    this.honorificKeys ??= new Set(
      [...this.lex.data.coref.honorifics_before, ...this.lex.data.coref.honorifics_after].map(letterKey),
    );
    return this.honorificKeys;
  }
  private honorificKeys: Set<string> | null = null;

  get day(): string | null {
    return this.doc.reference;
  }

  isCountry = (c: string): boolean => this.lex.countryByCode.has(c);

  sentenceAt(pos: number): number {
    const w = this.words[wordAt(this.words, pos)];
    return w ? w.sentence : 0;
  }

  private create(
    key: string,
    init: Omit<Actor, 'id' | 'mentions'>,
    extra: Partial<ActorRecord>,
  ): ActorRecord {
    const actor: Actor = { id: `a${this.records.length + 1}`, ...init, mentions: [] };
    const rec: ActorRecord = {
      actor,
      key,
      isPerson: false,
      refKinds: [],
      roleKeys: [],
      surnames: [],
      gender: null,
      codeFromLexicon: false,
      linked: new Set(),
      plural: false,
      ...extra,
    };
    this.records.push(rec);
    this.byKey.set(key, rec);
    this.byActorId.set(actor.id, rec);
    return rec;
  }

  link(entity: Entity, rec: ActorRecord): void {
    entity.actor = rec.actor.id;
    if (!rec.linked.has(entity.id)) {
      rec.linked.add(entity.id);
      rec.actor.mentions.push(entity.id);
    }
    const m: Mention = {
      start: entity.start,
      end: entity.end,
      sentence: this.sentenceAt(entity.start),
      entity,
      rec,
    };
    // Keep mentions sorted by position: coreference looks back from a point in the text.
    let i = this.mentions.length;
    while (i > 0 && (this.mentions[i - 1] as Mention).start > m.start) i--;
    this.mentions.splice(i, 0, m);
  }

  /** The actor with this id, if any. */
  actorById(id: string): Actor | null {
    return this.byActorId.get(id)?.actor ?? null;
  }

  /** Takes an entity out of the document and out of its actor (a tagger fragment a title replaces). */
  unlink(entity: Entity): void {
    const rec = entity.actor ? this.byActorId.get(entity.actor) : undefined;
    if (rec) {
      rec.linked.delete(entity.id);
      rec.actor.mentions = rec.actor.mentions.filter((id) => id !== entity.id);
    }
    const i = this.mentions.findIndex((m) => m.entity === entity);
    if (i >= 0) this.mentions.splice(i, 1);
    const j = this.doc.entities.indexOf(entity);
    if (j >= 0) this.doc.entities.splice(j, 1);
    entity.actor = null;
  }

  addRole(rec: ActorRecord, role: string): void {
    const k = letterKey(role);
    if (!rec.actor.roles.some((r) => letterKey(r) === k)) rec.actor.roles.push(role);
  }

  /** Index of the last mention starting before `pos` (-1 if none): where a look back begins. */
  lastMentionBefore(pos: number): number {
    return firstStartingFrom(this.mentions, pos) - 1;
  }

  // ---- lexicon entries → actors -------------------------------------------------------------

  countryActor(c: CountryEntry): ActorRecord {
    return (
      this.byKey.get(`country:${c.code}`) ??
      this.create(
        `country:${c.code}`,
        {
          name: c.names[0] as string,
          name_en: c.name_en || null,
          code: c.code,
          country: c.code,
          sector: null,
          wikidata: c.wikidata,
          roles: [],
        },
        { refKinds: ['country'] },
      )
    );
  }

  orgActor(o: OrgEntry): ActorRecord {
    const target = o.same_as ? (this.lex.orgById.get(o.same_as) ?? o) : o;
    const key = `org:${target.id}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const code = codeOn(target.codes, this.day);
    const split = splitCode(code, this.isCountry);
    return this.create(
      key,
      {
        name: target.names[0] as string,
        name_en: target.name_en,
        code,
        country: target.country ?? split.country,
        sector: split.sector,
        wikidata: target.wikidata,
        roles: [],
      },
      { refKinds: [target.kind] },
    );
  }

  personActor(p: PersonEntry): ActorRecord {
    const key = `person:${p.id}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const role = roleOn(p.roles, this.day);
    const code = role?.code ?? null;
    const split = splitCode(code, this.isCountry);
    const rec = this.create(
      key,
      {
        name: p.names[0] as string,
        name_en: p.name_en,
        code,
        country: p.country ?? split.country,
        sector: split.sector,
        wikidata: p.wikidata,
        roles: role ? [role.role] : [],
      },
      {
        isPerson: true,
        gender: p.gender,
        codeFromLexicon: role !== null && holdsOn(role, this.day),
        surnames: [...p.short, ...impliedSurnames(p, this.honorifics)].map(letterKey),
      },
    );
    if (role) {
      const rk = this.roleKeyOf(role.role);
      if (rk) rec.roleKeys.push(rk);
    }
    return rec;
  }

  /**
   * «افراد مسلح ناشناس», «مهاجمان»: an unidentified armed actor (CAMEO's UAF), whose country is the one
   * where the text places it («… در ننگرهار» → country AFG); one actor per article and country.
   */
  unknownArmedActor(o: OrgEntry, word: number): ActorRecord {
    const country = placeCountryNear(this.st, word);
    const key = `org:${o.id}|${country ?? ''}`;
    const found = this.byKey.get(key);
    if (found) return found;
    return this.create(
      key,
      {
        name: o.names[0] as string,
        name_en: o.name_en,
        code: 'UAF',
        country,
        sector: 'UAF',
        wikidata: null,
        roles: [],
      },
      { refKinds: [o.kind], plural: true },
    );
  }

  /** A lexicon role string parsed like a title phrase in running text. */
  roleKeyOf(role: string): RoleKey | null {
    if (this.roleKeyMemo.has(role)) return this.roleKeyMemo.get(role) ?? null;
    const words: Word[] = role
      .split(/\s+/)
      .filter(Boolean)
      .map((text, i) => ({
        start: i,
        end: i + 1,
        text,
        key: letterKey(text),
        gap: ' ',
        hardBreak: false,
        sentence: 0,
      }));
    const units = lexiconUnits(this.lex, words);
    const chain = units.length ? readChain(words, units, 0) : null;
    const rk = chain
      ? {
          titles: chain.titles.map((t) => t.title),
          anchor: chain.anchor ? this.staticAnchorKey(chain) : null,
        }
      : null;
    this.roleKeyMemo.set(role, rk);
    return rk;
  }

  private staticAnchorKey(chain: Chain): string | null {
    const a = chain.anchor;
    if (!a) return null;
    if (a.type === 'country') return `country:${a.country.code}`;
    if (a.type === 'org') return `org:${a.org.same_as ?? a.org.id}`;
    return null;
  }

  // ---- title phrases ------------------------------------------------------------------------

  ownCountry(): string {
    if (this.ownCountryCode) return this.ownCountryCode;
    // Afghan month names (جدی، میزان، اسد …) are also common words: two of them, or one Dari word, decide.
    const afghanDates = this.doc.dates.filter((d) => d.calendar === 'afghan-persian').length;
    const dari = afghanDates >= 2 || this.words.some((w) => DARI_MARKERS.has(w.key));
    // A report that never names Iran and is about one other state (translated foreign news: «سنا»,
    // «وزارت خارجه» in a story from Washington) is written from that state's side.
    const about = articleStates(this.st);
    const foreign = !about.counts.has('IRN') && about.dominant ? about.dominant : null;
    this.ownCountryCode = dari ? 'AFG' : (foreign ?? 'IRN');
    return this.ownCountryCode;
  }

  /** The actor a reference phrase («این گروه») points back to from `pos`: the latest fitting mention. */
  referent(refersTo: string[], pos: number): ActorRecord | null {
    if (refersTo.includes(SPEAKER_COUNTRY)) {
      const code = speakerCountryCode(this.mentions, this.lastMentionBefore(pos), this.sentenceAt(pos));
      const c = code ? this.lex.countryByCode.get(code) : undefined;
      return c ? this.countryActor(c) : null;
    }
    const fits = (rec: ActorRecord) =>
      rec.refKinds.some((k) => refersTo.some((r) => k === r || (r.startsWith('office:') && k.startsWith(r))));
    let best: { start: number; rec: ActorRecord } | null = null;
    // «این کشور» points to the state the text is about, not one named only as a place: a state after
    // «در / به …» is skipped for a nearer-but-earlier one, and taken only when no other fits.
    const country = refersTo.includes('country');
    let place: Mention | null = null;
    const from = this.lastMentionBefore(pos);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
      const m = this.mentions[i] as Mention;
      if (!fits(m.rec)) continue;
      if (
        country &&
        m.rec.key.startsWith('country:') &&
        isLocative(this.words, wordAt(this.words, m.start), true)
      ) {
        place ??= m;
        continue;
      }
      best = m;
      break;
    }
    let aside: { start: number; rec: ActorRecord } | null = place;
    for (let i = this.anchorTrail.length - 1; i >= 0 && i > this.anchorTrail.length - 1 - LOOKBACK; i--) {
      const t = this.anchorTrail[i] as { start: number; rec: ActorRecord; aside: boolean };
      if (!(t.start < pos && fits(t.rec))) continue;
      if (country && t.aside) {
        if (!aside || t.start > aside.start) aside = t;
      } else if (!best || t.start > best.start) best = t;
    }
    if (!best) best = aside;
    return best?.rec ?? null;
  }

  private noteAnchor(chain: Chain, rec: ActorRecord): void {
    if (chain.anchorWord < 0) return;
    const start = (this.words[chain.anchorWord] as Word | undefined)?.start;
    // A phrase after «در / به / با …» («در دیدار با رئیس‌جمهور سوریه») names a place or the other
    // party, not the topic: «این کشور» takes it only when nothing else fits.
    const aside = isLocative(this.words, chain.first, true);
    if (start !== undefined && !this.anchorTrail.some((t) => t.start === start))
      this.anchorTrail.push({ start, rec, aside });
  }

  /**
   * A capital named as a place («پس از سفر به اسلام‌آباد»): no actor, but a later «این کشور» may
   * point to its state, as to a state named after «در / به» (taken only when no other state fits).
   */
  notePlaceCountry(items: Item[] | null, start: number): void {
    const cap = items?.find((it) => it.kind === 'capital');
    if (cap?.kind !== 'capital' || this.anchorTrail.some((t) => t.start === start)) return;
    this.anchorTrail.push({ start, rec: this.countryActor(cap.country), aside: true });
  }

  /** Code, country and anchor key of a title phrase at `pos`. */
  chainOwner(
    chain: Chain,
    pos: number,
  ): { code: string | null; country: string | null; anchorKey: string | null; anchorEn: string | null } {
    const sector = chain.sector ?? 'GOV';
    const fromCountry = (c: string, en: string | null) => ({
      code: `${c}${sector}`,
      country: c,
      anchorKey: `country:${c}`,
      anchorEn: en,
    });
    const a = chain.anchor;
    if (!a) {
      const c =
        chain.titles.find((t) => t.country)?.country ??
        (chain.titles.some((t) => t.domestic) ? this.ownCountry() : undefined) ??
        contextCountry(this.st, chain) ??
        undefined;
      return c
        ? fromCountry(c, this.lex.countryByCode.get(c)?.name_en ?? null)
        : { code: null, country: null, anchorKey: null, anchorEn: null };
    }
    if (a.type === 'country') {
      if (chain.kind !== 'side') this.noteAnchor(chain, this.countryActor(a.country));
      return fromCountry(a.country.code, a.country.name_en);
    }
    if (a.type === 'own-country')
      return fromCountry(this.ownCountry(), this.lex.countryByCode.get(this.ownCountry())?.name_en ?? null);
    // A province or city (والی هرات, استاندار اصفهان): the office belongs to its state.
    if (a.type === 'org' && a.org.kind === 'place') {
      const c = a.org.country ? this.lex.countryByCode.get(a.org.country) : undefined;
      return c
        ? fromCountry(c.code, c.name_en)
        : { code: null, country: null, anchorKey: null, anchorEn: null };
    }
    const rec = a.type === 'org' ? this.orgActor(a.org) : this.referent(a.ref.refers_to, pos);
    if (!rec) return { code: null, country: null, anchorKey: null, anchorEn: null };
    if (a.type === 'org') this.noteAnchor(chain, rec);
    // «سران کشورهای عربی», «مقامات کشورهای غربی»: a group of states' code (ARB, WST, EUR …) takes the
    // title's sector as a state's would (ARBGOV), per the CAMEO region codes.
    const regional =
      a.type === 'org' && a.org.kind === 'collective' && /^[A-Z]{3}$/.test(rec.actor.code ?? '');
    if (regional && chain.sector && chain.kind !== 'side')
      return {
        code: `${rec.actor.code}${chain.sector}`,
        country: null,
        anchorKey: rec.key,
        anchorEn: rec.actor.name_en,
      };
    if (rec.key.startsWith('country:')) return fromCountry(rec.actor.country as string, rec.actor.name_en);
    if (rec.key.startsWith('office:') || rec.key.startsWith('role:')) {
      return {
        code: rec.actor.code,
        country: rec.actor.country,
        anchorKey: rec.key,
        anchorEn: rec.actor.name_en,
      };
    }
    return {
      code: rec.actor.code,
      country: rec.actor.country,
      anchorKey: rec.key,
      anchorEn: rec.actor.name_en,
    };
  }

  private chainName(chain: Chain, anchorEn: string | null): string | null {
    const en = chain.titles.map((t) => t.en?.split(' / ')[0] ?? '').filter(Boolean);
    if (en.length === 0) return null;
    return anchorEn ? `${en.join(', ')} (${anchorEn})` : en.join(', ');
  }

  /** The actor of a title phrase that names nobody beside it. */
  chainActor(chain: Chain, entity: Entity): ActorRecord | null {
    if (chain.kind === 'side' && chain.anchor?.type === 'country') {
      entity.source = 'coref';
      return this.countryActor(chain.anchor.country);
    }
    const titles = chain.titles.map((t) => t.title);
    if (!chain.anchor) {
      // A bare office or title repeats one named earlier («وزارت خارجه» after «وزارت خارجه طالبان»).
      const back =
        chain.kind === 'office'
          ? this.referent([`office:${titles[0]}`], entity.start)
          : this.personByRole({ titles, anchor: null }, entity.start, true);
      if (back) {
        entity.source = 'coref';
        return back;
      }
    }
    const owner = this.chainOwner(chain, entity.start);
    const rk: RoleKey = { titles, anchor: owner.anchorKey };
    if (chain.kind === 'person') {
      const back = this.personByRole(rk, entity.start, false);
      if (back) {
        entity.source = 'coref';
        return back;
      }
      return this.titledActor(
        `role:${titles.join('+')}|${owner.anchorKey ?? ''}`,
        chain,
        owner,
        [chain.display],
        {
          isPerson: true,
          roleKeys: [rk],
          plural: chain.plural,
        },
      );
    }
    return this.titledActor(`office:${titles.join('+')}|${owner.anchorKey ?? ''}`, chain, owner, [], {
      refKinds: [`office:${titles[0]}`],
    });
  }

  /** The actor a title chain names (a person holding it, or the office itself), made once per key. */
  private titledActor(
    key: string,
    chain: Chain,
    owner: ReturnType<Resolution['chainOwner']>,
    roles: string[],
    extra: Partial<ActorRecord>,
  ): ActorRecord {
    const found = this.byKey.get(key);
    if (found) return found;
    return this.create(
      key,
      {
        name: chain.display,
        name_en: this.chainName(chain, owner.anchorEn),
        code: owner.code,
        country: owner.country,
        sector: splitCode(owner.code, this.isCountry).sector,
        wikidata: null,
        roles,
      },
      extra,
    );
  }

  /** The latest-mentioned person before `pos` who holds an office matching `rk`. */
  personByRole(rk: RoleKey, pos: number, ignoreAnchor: boolean): ActorRecord | null {
    const from = this.lastMentionBefore(pos);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
      const m = this.mentions[i] as Mention;
      if (!m.rec.isPerson) continue;
      if (m.rec.roleKeys.some((r) => roleMatches(rk, r, ignoreAnchor))) return m.rec;
    }
    return null;
  }

  // ---- names ---------------------------------------------------------------------------------

  /** Records «NAME، TITLE-PHRASE» and «TITLE-PHRASE (،) NAME» pairs among the entities. */
  findAppositions(entities: Entity[]): void {
    const chainAt = new Map<number, { chain: Chain; entity: Entity | null }>();
    for (const c of this.st.chains)
      if (c.anchor || c.titles.some((t) => t.country || t.domestic || t.context))
        chainAt.set(c.first, { chain: c, entity: null });
    const chainEnds = new Map<number, { chain: Chain; entity: Entity | null }>();
    for (const e of entities) {
      const info = this.st.info.get(e.id);
      if (info?.kind === 'chain') {
        const slot = chainAt.get(info.chain.first);
        if (slot) slot.entity = e;
        chainEnds.set(info.chain.last, { chain: info.chain, entity: e });
      }
    }
    for (const e of entities) {
      if (e.type !== 'PER') continue;
      const info = this.st.info.get(e.id);
      if (info?.kind === 'chain') continue;
      const first = wordAt(this.words, e.start);
      const last = wordAt(this.words, e.end - 1);
      const next = this.words[last + 1];
      const after = chainAt.get(last + 1);
      if (
        after &&
        after.chain.kind === 'person' &&
        !after.chain.plural &&
        next &&
        APPOSITION_GAP.test(next.gap) &&
        next.sentence === (this.words[last] as Word).sentence
      ) {
        this.apposition.set(e.id, after.chain);
        if (after.entity) this.chainHolder.set(after.entity.id, e);
        continue;
      }
      // «علیرضا، از فرماندهان ارتش افغانستان», «X یکی از رهبران …»: one of the group the phrase names.
      const group = this.memberOf(last, chainAt);
      if (group) {
        this.apposition.set(e.id, group);
        this.members.add(e.id);
        continue;
      }
      const before = chainEnds.get(first - 1);
      const w = this.words[first];
      if (
        before &&
        before.chain.kind === 'person' &&
        !before.chain.plural &&
        w &&
        APPOSITION_GAP.test(w.gap) &&
        !w.gap.includes('\n')
      ) {
        this.apposition.set(e.id, before.chain);
        if (before.entity) this.chainHolder.set(before.entity.id, e);
      }
    }
  }

  /** The plural title phrase after «، از» or «یکی از» right after word `last` (a name), or null. */
  private memberOf(last: number, chainAt: Map<number, { chain: Chain }>): Chain | null {
    let k = last + 1;
    let w = this.words[k];
    if (!w || w.gap.includes('\n') || !APPOSITION_GAP.test(w.gap)) return null;
    const one = w.key === ONE;
    if (one) {
      k++;
      w = this.words[k];
      if (!w || w.hardBreak) return null;
    } else if (!/[،,]/.test(w.gap)) return null;
    if (w.key !== FROM_KEY) return null;
    const next = this.words[k + 1];
    const at = chainAt.get(k + 1);
    if (!next || next.hardBreak || !at) return null;
    const c = at.chain;
    return c.kind === 'person' && c.plural && c.anchor !== null && next.sentence === w.sentence ? c : null;
  }

  /** Gives a named actor what its title phrase says: a role, and a code when the lexicon has none in force. */
  private applyApposition(rec: ActorRecord, entity: Entity): void {
    const chain = this.apposition.get(entity.id);
    if (!chain) return;
    const owner = this.chainOwner(chain, entity.start);
    // «وزیر خارجه این گروه» is recorded as the office it names: «وزیر خارجه طالبان».
    const ownerName = owner.anchorKey ? this.byKey.get(owner.anchorKey)?.actor.name : undefined;
    const role =
      chain.anchor?.type === 'reference' && chain.anchorForm && ownerName
        ? chain.display.replace(chain.anchorForm, ownerName)
        : chain.display;
    this.addRole(rec, role);
    if (this.members.has(entity.id)) {
      if (owner.code && !rec.codeFromLexicon) {
        rec.actor.code = owner.code;
        rec.actor.country = owner.country ?? rec.actor.country;
        rec.actor.sector = splitCode(owner.code, this.isCountry).sector;
      }
      return;
    }
    const rk: RoleKey = { titles: chain.titles.map((t) => t.title), anchor: owner.anchorKey };
    if (!rec.roleKeys.some((r) => r.anchor === rk.anchor && r.titles.join() === rk.titles.join()))
      rec.roleKeys.push(rk);
    // The text's own statement of the office outranks the lexicon (which may be out of date), except
    // where the phrase only implies the state («کشورمان», «این گروه»): then the lexicon's date-aware entry holds.
    if (owner.code && (!rec.codeFromLexicon || chain.anchor?.type === 'country')) {
      rec.actor.code = owner.code;
      rec.actor.country = owner.country ?? rec.actor.country;
      rec.actor.sector = splitCode(owner.code, this.isCountry).sector;
    }
  }

  private itemActor(items: Item[] | null, place: boolean, shortIsPerson = false): ActorRecord | null {
    if (!items) return null;
    for (const it of items) {
      if (it.kind === 'person') return this.personActor(it.person);
      // A short name alone: the person already named here, or the only person the lexicon knows by it
      // (the caller has evidence it is a person: the tagger said PER).
      if (
        it.kind === 'short' &&
        (this.byKey.has(`person:${it.person.id}`) ||
          (shortIsPerson && items.filter((x) => x.kind === 'short').length === 1))
      )
        return this.personActor(it.person);
      if (it.kind === 'surname' && this.byKey.has(`person:${it.person.id}`))
        return this.personActor(it.person);
      if (it.kind === 'org' && it.org.kind === 'place') return null;
      if (it.kind === 'org' && !(it.org.acts_only && place)) return this.orgActor(it.org);
      if (it.kind === 'country') return this.countryActor(it.country);
      if (it.kind === 'capital' && !place) return this.countryActor(it.country);
    }
    return null;
  }

  private stripHonorifics(text: string): string {
    let words = text.split(/\s+/).filter(Boolean);
    const before = new Set(this.lex.data.coref.honorifics_before.map(letterKey));
    const after = new Set(this.lex.data.coref.honorifics_after.map(letterKey));
    while (words.length > 1 && before.has(letterKey(words[0] as string))) words = words.slice(1);
    while (words.length > 1 && after.has(letterKey(words[words.length - 1] as string)))
      words = words.slice(0, -1);
    return words.join(' ');
  }

  /** The actor of a person's name (lexicon, tagger or pattern): by lexicon, by surname, or new. */
  nameActor(entity: Entity): ActorRecord {
    const memo = this.nameMemo.get(entity.id);
    if (memo) return memo;
    const bare = this.stripHonorifics(entity.text);
    const key = letterKey(bare);
    // A surname alone after a full name in the same article is that person, before any lexicon person
    // known by it: «مجید سلیمانی … گفت … سلیمانی خبرگزاری فرانسه را متهم کرد» is not Qasem Soleimani.
    let rec = /\s/.test(bare) ? null : this.earlierSurname(key, entity.start);
    // A lexicon name may itself begin with an honorific («ملا فاضل», «شیخ احمد یاسین»): try it whole first.
    if (!rec && bare !== entity.text) rec = this.itemActor(lookupPhrase(this.lex, entity.text), false, true);
    if (rec && !rec.isPerson) rec = null;
    rec ??= this.itemActor(lookupPhrase(this.lex, bare), false, true);
    if (rec && !rec.isPerson) rec = null;
    if (!rec) {
      // A surname alone, or the last word of a name seen before: the same person.
      const from = this.lastMentionBefore(entity.start);
      for (let i = from; i >= 0 && i > from - LOOKBACK && !rec; i--) {
        const m = this.mentions[i] as Mention;
        if (m.rec.isPerson && m.rec.surnames.includes(key)) rec = m.rec;
      }
    }
    // The tagger sometimes runs a name into the next word («ایوانف افزود», «بوش گفت»): a known name
    // or surname followed by one or two more words is still that person.
    if (!rec) rec = this.knownPrefix(bare, entity.start);
    if (!rec) {
      const parts = bare.split(/\s+/).filter(Boolean);
      rec =
        this.byKey.get(`name:${key}`) ??
        this.create(
          `name:${key}`,
          { name: bare, name_en: null, code: null, country: null, sector: null, wikidata: null, roles: [] },
          {
            isPerson: true,
            surnames: parts.length > 1 ? [letterKey(parts[parts.length - 1] as string)] : [],
          },
        );
    }
    this.applyApposition(rec, entity);
    this.nameMemo.set(entity.id, rec);
    return rec;
  }

  /** The person named before `pos` in this article (within LOOKBACK mentions) whose surname is `key`. */
  private earlierSurname(key: string, pos: number): ActorRecord | null {
    const from = this.lastMentionBefore(pos);
    for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
      const m = this.mentions[i] as Mention;
      if (m.rec.isPerson && m.rec.surnames.includes(key)) return m.rec;
    }
    return null;
  }

  /** The person a name's first words name (one or two trailing words dropped), or null. */
  private knownPrefix(bare: string, pos: number): ActorRecord | null {
    const parts = bare.split(/\s+/).filter(Boolean);
    for (let n = parts.length - 1; n >= 1 && n >= parts.length - 2; n--) {
      const prefix = parts.slice(0, n).join(' ');
      const rec = this.itemActor(lookupPhrase(this.lex, prefix), false, false);
      if (rec?.isPerson) return rec;
      const key = letterKey(prefix);
      const from = this.lastMentionBefore(pos);
      for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
        const m = this.mentions[i] as Mention;
        if (m.rec.isPerson && m.rec.surnames.includes(key)) return m.rec;
      }
    }
    return null;
  }

  /** An ORG entity from the tagger: the lexicon, a title phrase inside it, or a new organization. */
  private orgEntityActor(entity: Entity): ActorRecord {
    const first = wordAt(this.words, entity.start);
    const last = wordAt(this.words, entity.end - 1);
    const direct = this.itemActor(lookupPhrase(this.lex, entity.text), isPlaceUse(this.words, first));
    if (direct) return direct;
    const units: Unit[] = lexiconUnits(this.lex, this.words, first, last + 1);
    for (let u = 0; u < units.length; u++) {
      const chain = readChain(this.words, units, u);
      if (!chain) continue;
      if (chain.anchor || chain.titles.some((t) => t.country)) {
        const rec = this.chainActor(chain, entity);
        if (rec) return rec;
      }
      // A bare office («وزارت خارجه») is the same office named earlier in the article.
      if (chain.kind === 'office' && u === 0 && chain.last === last) {
        const back = this.referent([`office:${chain.titles[0]?.title}`], entity.start);
        if (back) {
          entity.source = entity.source ?? 'coref';
          return back;
        }
      }
    }
    const key = `name:${letterKey(entity.text)}`;
    // «سازمان منطقه آزاد اروند», «شرکت کشتیرانی …»: a body of the article's own state (org-heads.ts),
    // when the article names that state or one of its places at all (a translated report from Baton
    // Rouge that never names a state gives «اداره پلیس» no owner rather than Iran).
    const sector = orgHeadSector(entity.text);
    const own = sector ? this.ownCountry() : null;
    const country = own && articleStates(this.st).counts.has(own) ? own : null;
    return (
      this.byKey.get(key) ??
      this.create(
        key,
        {
          name: entity.text,
          name_en: null,
          code: country && sector ? `${country}${sector}` : null,
          country,
          sector,
          wikidata: null,
          roles: [],
        },
        { refKinds: ['institution'] },
      )
    );
  }

  /** The actor of one entity, or null (a place, a date …). */
  entityActor(entity: Entity): ActorRecord | null {
    const info: EntityInfo | undefined = this.st.info.get(entity.id);
    if (info) {
      switch (info.kind) {
        case 'person':
        case 'short':
        case 'name-pattern':
          return this.nameActor(entity);
        case 'org':
          if (info.item.org.kind === 'place') return null;
          if (isUnknownArmed(info.item.org)) return this.unknownArmedActor(info.item.org, info.first);
          return this.orgActor(info.item.org);
        case 'country':
        case 'demonym':
          return this.countryActor(info.item.country);
        case 'capital':
          if (!isPlaceUse(this.words, info.first)) return this.countryActor(info.item.country);
          this.notePlaceCountry([info.item], entity.start);
          return null;
        case 'chain': {
          const owner = this.chainHolder.get(entity.id);
          if (owner) return this.nameActor(owner);
          return this.chainActor(info.chain, entity);
        }
      }
    }
    if (entity.type === 'PER')
      return isFacilityName(this.words, wordAt(this.words, entity.start)) ? null : this.nameActor(entity);
    if (entity.type === 'ORG') return this.orgEntityActor(entity);
    if (entity.type === 'LOC') {
      const items = lookupPhrase(this.lex, entity.text);
      const place = isPlaceUse(this.words, wordAt(this.words, entity.start));
      const rec = this.itemActor(items, place);
      if (!rec && place) this.notePlaceCountry(items, entity.start);
      return rec;
    }
    return null;
  }
}

export function startResolution(doc: Doc, options: PipelineOptions): Resolution {
  return new Resolution(doc, rulerState(doc, options));
}
