/**
 * The UI's languages: English, Hindi and Marathi, switchable at any time and remembered in the
 * browser. Dates and numbers go through Intl in the chosen language's Indian locale, and every time is
 * shown in India Standard Time, whatever the clock of the browser (a laptop set to UTC, a phone abroad).
 *
 * Each language's strings are a chunk of their own, loaded when that language is first used: a phone
 * opening the report form in Marathi downloads the Marathi strings only (see `loadDictionary`).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dictionary, MessageKey } from './en.js';

export const LANGUAGES = [
  { code: 'en', label: 'English', locale: 'en-IN' },
  { code: 'hi', label: 'हिन्दी', locale: 'hi-IN' },
  { code: 'mr', label: 'मराठी', locale: 'mr-IN' },
] as const;
export type UiLanguage = (typeof LANGUAGES)[number]['code'];

/** Each dictionary is its own chunk (a dynamic import), fetched on first use. */
const LOADERS: Record<UiLanguage, () => Promise<Dictionary>> = {
  en: () => import('./en.js').then((m) => m.en),
  hi: () => import('./hi.js').then((m) => m.hi),
  mr: () => import('./mr.js').then((m) => m.mr),
};
const loaded = new Map<UiLanguage, Dictionary>();
const loading = new Map<UiLanguage, Promise<Dictionary>>();

/** Fetches a language's strings once (a failed fetch may be tried again); `buildI18n` needs them loaded. */
export function loadDictionary(lang: UiLanguage): Promise<Dictionary> {
  const done = loaded.get(lang);
  if (done) return Promise.resolve(done);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (dict) => {
        loaded.set(lang, dict);
        loading.delete(lang);
        return dict;
      },
      (err: unknown) => {
        loading.delete(lang);
        throw err;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Every language's strings, for tests and tools that build an I18n of each. */
export function loadAllDictionaries(): Promise<Dictionary[]> {
  return Promise.all(LANGUAGES.map((l) => loadDictionary(l.code)));
}

/** The force's clock: tickets, SLA deadlines and the audit trail are read in IST on every desk. */
export const DESK_TIME_ZONE = 'Asia/Kolkata';
const STORAGE_KEY = 'chowki.lang';

export type Params = Record<string, string | number>;

/**
 * A counted string's base key: the dictionaries hold `<base>.one` and `<base>.other` (Intl.PluralRules'
 * categories of en, hi and mr), and `tp` picks the one for the count. A base without both is no PluralKey.
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never }[MessageKey];

export interface I18n {
  lang: UiLanguage;
  locale: string;
  setLang: (lang: UiLanguage) => void;
  /** A UI string in the current language, with `{name}` placeholders filled. */
  t: (key: MessageKey, params?: Params) => string;
  /** A counted string in the language's plural form for `count` ("1 ticket", "2 tickets"), `{count}` filled with it. */
  tp: (key: PluralKey, count: number, params?: Params) => string;
  /** A label for an API code (status, category…), falling back to the code itself. */
  label: (prefix: 'status' | 'category' | 'priority' | 'channel' | 'role' | 'outcome' | 'canned' | 'day', code: string) => string;
  /** A date and time in IST, in the UI's language. */
  formatDateTime: (iso: string) => string;
  formatRelative: (iso: string, now?: number) => string;
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** A duration in whole minutes, e.g. "75 minutes", "७५ मिनिटे" (Intl's units, with the language's plural). */
  formatMinutes: (minutes: number) => string;
  /** Items joined as the language lists them: "a, b and c". */
  formatList: (items: readonly string[]) => string;
}

function isUiLanguage(v: string | null | undefined): v is UiLanguage {
  return v === 'en' || v === 'hi' || v === 'mr';
}

/** The language to start in: the one chosen before, else the browser's when it is one of ours. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; the browser's language still applies.
  }
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.slice(0, 2).toLowerCase();
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

function isMessageKey(dict: Dictionary, k: string): k is MessageKey {
  return Object.hasOwn(dict, k);
}

function fill(template: string, params?: Params, formatNumber?: (n: number) => string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' && formatNumber ? formatNumber(v) : String(v);
  });
}

/** The strings and formats of one language, whose dictionary is loaded (the provider holds one; tests build their own). */
export function buildI18n(lang: UiLanguage, setLang: (l: UiLanguage) => void = () => undefined): I18n {
  const locale = LANGUAGES.find((l) => l.code === lang)?.locale ?? 'en-IN';
  const dict = loaded.get(lang);
  if (!dict) throw new Error(`the ${lang} strings are not loaded: await loadDictionary('${lang}') first`);
  const numberFormat = new Intl.NumberFormat(locale);
  const formatNumber = (n: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(locale, options).format(n) : numberFormat.format(n);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: DESK_TIME_ZONE });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  // Every dictionary has every key (the Dictionary type says so); the key itself is the last resort.
  const t = (key: MessageKey, params?: Params) => fill(dict[key] ?? key, params, formatNumber);
  const plural = new Intl.PluralRules(locale);
  const tp = (key: PluralKey, count: number, params?: Params) => {
    const form = `${key}.${plural.select(count)}`;
    return t(isMessageKey(dict, form) ? form : `${key}.other`, { ...params, count });
  };
  return {
    lang,
    locale,
    setLang,
    t,
    tp,
    label: (prefix, code) => {
      const key = `${prefix}.${code}`;
      return isMessageKey(dict, key) ? dict[key] : code;
    },
    formatDateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    formatRelative: (iso, now = Date.now()) => {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      if (Number.isNaN(seconds)) return iso;
      const abs = Math.abs(seconds);
      if (abs < 45) return relative.format(0, 'second');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
    formatNumber,
    formatMinutes: (n) => minutes.format(n),
    formatList: (items) => list.format(items),
  };
}

const I18nContext = createContext<I18n | null>(null);

/**
 * `lang`: the language to start in, whose strings are loaded already (web/src/main.tsx loads them before
 * the first render). A switch fetches the new language's strings, then shows it; until then the page
 * stays in the language it is in, and a failed fetch leaves it there.
 */
export function I18nProvider({ lang: start, children }: { lang: UiLanguage; children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(start);
  const setLang = useCallback((l: UiLanguage) => {
    // Remembered at once: an officer who picks Hindi and opens another page before the strings arrive
    // must land in Hindi (the next page loads them before its first render, or falls back to English).
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Not remembered, still switched.
    }
    loadDictionary(l).then(
      () => setLangState(l),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => buildI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n needs an I18nProvider above it');
  return v;
}
