// The interface language: Persian (right to left, the default) or English. The words live in
// fa.json and en.json, one key each; components ask for a key with t().
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import en from './en.json';
import fa from './fa.json';

export type Lang = 'fa' | 'en';
export type Key = keyof typeof fa;
const DICTIONARIES: Record<Lang, Record<Key, string>> = { fa, en };

interface I18n {
  lang: Lang;
  t: (key: Key) => string;
  /** A count in the interface language's digits (۱۲ in Persian, 12 in English). */
  n: (value: number) => string;
  /**
   * A count and its noun as one phrase: «۶ مقاله» (Persian keeps the noun singular after a number),
   * "6 articles" / "1 article" (English dictionaries give `one|other`).
   */
  count: (value: number, noun: NounKey) => string;
  toggle: () => void;
}

export type NounKey = Extract<Key, `noun.${string}`>;

function countPhrase(lang: Lang, value: number, noun: NounKey): string {
  const [one, other = one] = DICTIONARIES[lang][noun].split('|');
  return `${NUMBERS[lang].format(value)} ${value === 1 ? one : other}`;
}

const NUMBERS: Record<Lang, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat('fa-IR'),
  en: new Intl.NumberFormat('en-GB'),
};

const Context = createContext<I18n>({
  lang: 'fa',
  t: (k) => fa[k],
  n: (v) => NUMBERS.fa.format(v),
  count: (v, noun) => countPhrase('fa', v, noun),
  toggle: () => {},
});

function initialLang(): Lang {
  try {
    return localStorage.getItem('rasad.lang') === 'en' ? 'en' : 'fa';
  } catch {
    return 'fa';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
    try {
      localStorage.setItem('rasad.lang', lang);
    } catch {
      // private mode: the choice just is not remembered
    }
  }, [lang]);
  const t = useCallback((key: Key) => DICTIONARIES[lang][key] ?? key, [lang]);
  const toggle = useCallback(() => setLang((l) => (l === 'fa' ? 'en' : 'fa')), []);
  const n = useCallback((v: number) => NUMBERS[lang].format(v), [lang]);
  const count = useCallback((v: number, noun: NounKey) => countPhrase(lang, v, noun), [lang]);
  const value = useMemo(() => ({ lang, t, n, count, toggle }), [lang, t, n, count, toggle]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useI18n = () => useContext(Context);
