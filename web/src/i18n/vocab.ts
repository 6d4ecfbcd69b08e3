// Persian names for the ontology's codes (docs/ontology.md): PLOVER types and modes, entity types.
// The codes themselves stay visible beside the names (as `title` or a small code), since analysts
// script against them; an unknown code is shown as it is, isolated, rather than guessed at.
export const TYPE_FA: Record<string, string> = {
  AGREE: 'توافق',
  CONSULT: 'رایزنی',
  SUPPORT: 'حمایت',
  CONCEDE: 'نرمش',
  COOPERATE: 'همکاری',
  AID: 'کمک',
  RETREAT: 'عقب‌نشینی',
  REQUEST: 'درخواست',
  ACCUSE: 'اتهام',
  REJECT: 'رد',
  THREATEN: 'تهدید',
  PROTEST: 'اعتراض',
  SANCTION: 'تحریم',
  MOBILIZE: 'بسیج نیرو',
  COERCE: 'اجبار',
  ASSAULT: 'حمله',
};

export const MODE_FA: Record<string, string> = {
  assist: 'یاری',
  change: 'تغییر',
  yield: 'واگذاری',
  meet: 'دیدار',
  visit: 'سفر',
  phone: 'تماس تلفنی',
  allege: 'ادعا',
  restrict: 'محدودسازی',
  relations: 'روابط',
  withdraw: 'خروج',
  violence: 'خشونت',
  riot: 'شورش',
  obstruct: 'ممانعت',
  investigate: 'تحقیق',
  hunger: 'اعتصاب غذا',
  expel: 'اخراج',
  demo: 'تظاهرات',
  boycott: 'تحریم (بایکوت)',
  discontinue: 'قطع',
  disapprove: 'ابراز نارضایتی',
  access: 'دسترسی',
  unconventional: 'سلاح نامتعارف',
  seize: 'توقیف',
  explosives: 'مواد منفجره',
  disarm: 'خلع سلاح',
  troops: 'نیروی نظامی',
  targeted: 'هدفمند',
  police: 'پلیس',
  abduct: 'آدم‌ربایی',
  torture: 'شکنجه',
  'third-party': 'میانجی',
  territory: 'سرزمین',
  'suicide-attack': 'حمله انتحاری',
  sexual: 'خشونت جنسی',
  release: 'آزادی',
  'martial-law': 'حکومت نظامی',
  'heavy-weapons': 'سلاح سنگین',
  firearms: 'سلاح گرم',
  drone: 'پهپاد',
  deport: 'اخراج از کشور',
  curfew: 'منع رفت‌وآمد',
  ceasefire: 'آتش‌بس',
  beat: 'ضرب و شتم',
  arrest: 'بازداشت',
  aerial: 'حمله هوایی',
};

export const ENTITY_FA: Record<string, string> = {
  PER: 'شخص',
  ORG: 'سازمان',
  LOC: 'مکان',
  DAT: 'تاریخ',
  TIM: 'زمان',
  MON: 'پول',
  PCT: 'درصد',
  FAC: 'تأسیسات',
  EVE: 'رویداد',
  PRO: 'محصول',
};

const EN_ENTITY: Record<string, string> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  DAT: 'date',
  TIM: 'time',
  MON: 'money',
  PCT: 'percent',
  FAC: 'facility',
  EVE: 'event',
  PRO: 'product',
};

export function typeName(type: string, lang: 'fa' | 'en'): string {
  return lang === 'fa' ? (TYPE_FA[type] ?? type) : type;
}
export function modeName(mode: string, lang: 'fa' | 'en'): string {
  return lang === 'fa' ? (MODE_FA[mode] ?? mode) : mode;
}
export function entityName(type: string, lang: 'fa' | 'en'): string {
  return (lang === 'fa' ? ENTITY_FA[type] : EN_ENTITY[type]) ?? type;
}
