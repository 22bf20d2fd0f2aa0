// Calendar arithmetic for the timestamp codecs. Everything here is UTC and
// independent of the process time zone.

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the given proleptic Gregorian date (any year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Shift the year to start in March so the leap day is the last day of it.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days in a month of a year (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Milliseconds since the epoch for a UTC date and time, or `NaN` when a field
 * is out of range (month 13, February 30, hour 24, second 60 and so on).
 */
export function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  // Written as negations so that a NaN field fails every test.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  if (!(year >= 0 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59)) {
    return NaN;
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** English month abbreviations, as Java's default locale writes them. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2019-10-18T15:00:49Z`, with `.sss` only when there are milliseconds. */
export function formatIsoUtc(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/**
 * `Nov 5, 2023, 4:29:11 AM`: the form current Java versions write. The year
 * has four digits (`0999`), the form the parser reads.
 */
export function formatJavaUtc(d: Date): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const year = d.getUTCFullYear();
  return (
    `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${year >= 0 && year < 1000 ? String(year).padStart(4, '0') : year}, ` +
    `${h12}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
  );
}
