// Small conversions the task pages share: due dates as days in the workspace's time zone, labels as text,
// people's names, and the rule that keeps a newer card over an older copy.
import { currentTimeZone } from '../../lib/i18n.js';

/** The day (`YYYY-MM-DD`) an instant falls on in the workspace's time zone; empty for none. */
export function dueDay(instant) {
  if (!instant) return '';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: currentTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant));
  const part = type => parts.find(p => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The end (23:59) of a day in the workspace's time zone as an ISO instant; null for no day. */
export function dueInstant(day) {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 23, 59, 0);
  // The zone's offset at that moment, found twice so a day with a clock change still lands on 23:59.
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess).toISOString();
}

function offsetAt(epochMillis) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: currentTimeZone(), hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(epochMillis));
  const value = type => Number(parts.find(p => p.type === type).value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return asUtc - Math.floor(epochMillis / 1000) * 1000;
}

/** Labels typed as "a, b, c": trimmed, without empties and repeats. */
export function parseLabels(text) {
  return [...new Set((text || '').split(',').map(label => label.trim()).filter(Boolean))];
}

/** A person's name for the page: their display name, else a short form of the id. */
export function personName(person, fallbackId) {
  if (person && person.displayName) return person.displayName;
  const id = (person && person.accountId) || fallbackId || '';
  return id ? `#${id.slice(0, 8)}` : '';
}

/** True when `incoming` is at least as new as `known` (a live copy never replaces a newer one). */
export const notOlder = (incoming, known) => !known || incoming.version >= known.version;

const PRIORITY_RANK = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

/** The board's order (as the query side sorts): most urgent, then nearest due date, then most recently changed. */
export function cardOrder(a, b) {
  const byPriority = (PRIORITY_RANK[a.priority] ?? 4) - (PRIORITY_RANK[b.priority] ?? 4);
  if (byPriority) return byPriority;
  const dueA = a.dueAt ? Date.parse(a.dueAt) : Infinity;
  const dueB = b.dueAt ? Date.parse(b.dueAt) : Infinity;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  const changedA = a.updatedAt ? Date.parse(a.updatedAt) : 0;
  const changedB = b.updatedAt ? Date.parse(b.updatedAt) : 0;
  return changedB - changedA;
}
