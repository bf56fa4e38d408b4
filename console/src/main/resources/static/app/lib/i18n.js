// English and Simplified Chinese. Each page keeps its own messages next to it and adds them with `messages()`;
// dates and money are formatted for the chosen language in the workspace's time zone.

export const LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
];
const STORAGE_KEY = 'orderdesk.locale';
const dictionaries = { en: {}, 'zh-CN': {} };
const listeners = [];
let current = initialLocale();
let timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function initialLocale() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && dictionaries[saved]) return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Adds a bundle `{ en: {key: text}, 'zh-CN': {key: text} }`; every key must exist in both languages. */
export function messages(bundle) {
  for (const [locale, entries] of Object.entries(bundle)) Object.assign(dictionaries[locale], entries);
}

/** The text for `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

export const locale = () => current;

export function setLocale(code) {
  if (!dictionaries[code] || code === current) return;
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  listeners.forEach(listener => listener(code));
}

export function onLocaleChange(listener) {
  listeners.push(listener);
}

/** The zone dates are shown in: the workspace's, once known (the browser's before sign-in). */
export function setTimeZone(zone) {
  if (zone) timeZone = zone;
}

export const currentTimeZone = () => timeZone;

const formatter = (options) => new Intl.DateTimeFormat(current, { timeZone, ...options });

/** An instant (ISO string) as date and time in the workspace's zone; empty for none. */
export function dateTime(instant) {
  if (!instant) return '';
  return formatter({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function date(instant) {
  if (!instant) return '';
  return formatter({ dateStyle: 'medium' }).format(new Date(instant));
}

/** A day (`YYYY-MM-DD`, no zone) as a short date. */
export function day(isoDay) {
  if (!isoDay) return '';
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** An exact decimal amount (a string from the API) in its currency; never goes through floating point for text. */
export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  try {
    // Intl accepts decimal strings exactly (no rounding through a double) in current browsers.
    return new Intl.NumberFormat(current, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function number(value, options) {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(current, options).format(value);
}

/** "in 5 minutes" / "3 hours ago" style text for an instant. */
export function relative(instant) {
  const seconds = Math.round((new Date(instant).getTime() - Date.now()) / 1000);
  const units = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) || units[3];
  return new Intl.RelativeTimeFormat(current, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

document.documentElement.lang = current;
