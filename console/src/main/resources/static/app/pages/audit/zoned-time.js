// Date-times as people type them (a wall-clock time in the workspace's zone, from <input type=datetime-local>)
// and the instants the API speaks, both ways, with nothing but Intl: no time-zone library.

const PARTS = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' };

function wallClock(zone, epochMillis) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...PARTS })
    .formatToParts(new Date(epochMillis));
  const v = Object.fromEntries(parts.filter(part => part.type !== 'literal').map(part => [part.type, Number(part.value)]));
  return { year: v.year, month: v.month, day: v.day, hour: v.hour % 24, minute: v.minute, second: v.second };
}

// How far the zone's clock is ahead of UTC at that instant, in milliseconds.
function offsetMillis(zone, epochMillis) {
  const w = wallClock(zone, epochMillis);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(epochMillis / 1000) * 1000;
}

/** `YYYY-MM-DDTHH:mm[:ss]` read in `zone` as an ISO instant; null when it is not such a value. */
export function instantOf(localValue, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(localValue || '');
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] || 0));
  // Twice: the offset at the guessed instant may differ from the one at the wall time (a DST change between).
  let guess = wall - offsetMillis(zone, wall);
  guess = wall - offsetMillis(zone, guess);
  return new Date(guess).toISOString();
}

const two = n => String(n).padStart(2, '0');

/** An ISO instant as `YYYY-MM-DDTHH:mm:ss` on the zone's wall clock (for a datetime-local input); '' for none. */
export function localValueOf(instant, zone) {
  const millis = Date.parse(instant || '');
  if (Number.isNaN(millis)) return '';
  const w = wallClock(zone, millis);
  return `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
}

/** Today's date (`YYYY-MM-DD`) in the zone. */
export function todayIn(zone) {
  return localValueOf(new Date().toISOString(), zone).slice(0, 10);
}

/** `isoDay` plus `days` (may be negative), as `YYYY-MM-DD`. */
export function addDays(isoDay, days) {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
