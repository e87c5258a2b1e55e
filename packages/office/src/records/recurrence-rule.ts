/**
 * The recurrence editor's words and the RRULE the API stores. Only what the
 * words can say is read back: a rule with other parts (BYMONTHDAY, BYHOUR,
 * YEARLY …) is left to be edited as text, never rewritten.
 */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export type Pattern = 'weekly' | 'monthly' | 'daily';
export type Ending = 'never' | 'until' | 'count';

export interface RecurrenceWords {
  pattern: Pattern;
  /** Every n days (daily), weeks (weekly) or months (monthly). */
  interval: number;
  /** Weekly: the days of the week. */
  weekdays: WeekdayCode[];
  /** Monthly: the n-th (1–4, or -1 for the last) weekday of the month. */
  ordinal: number;
  monthlyWeekday: WeekdayCode;
  ending: Ending;
  /** `YYYY-MM-DD`, the last day (included). */
  until: string;
  count: number;
}

/** The ISO weekday (1 = Monday) of a wall date `YYYY-MM-DD`. */
export function weekdayCodeOf(date: string): WeekdayCode {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAY_CODES[(day + 6) % 7]!;
}

/** Which n-th weekday of its month a date is (the fifth counts as the last). */
export function ordinalOf(date: string): number {
  const n = Math.ceil(Number(date.slice(8, 10)) / 7);
  return n >= 5 ? -1 : n;
}

/** The words a series starting on `startDate` begins with when the person picks `pattern`. */
export function defaultWords(pattern: Pattern, startDate: string): RecurrenceWords {
  return { pattern, interval: 1, weekdays: [weekdayCodeOf(startDate)], ordinal: ordinalOf(startDate), monthlyWeekday: weekdayCodeOf(startDate), ending: 'never', until: '', count: 10 };
}

/** The rule in words, or undefined when it says more than the words can. */
export function wordsOf(rrule: string, startDate: string): RecurrenceWords | undefined {
  const parts = new Map(rrule.split(';').map((part) => part.split('=') as [string, string]));
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST']);
  if ([...parts.keys()].some((key) => !known.has(key))) return undefined;
  const freq = parts.get('FREQ');
  const pattern: Pattern | undefined = freq === 'WEEKLY' ? 'weekly' : freq === 'MONTHLY' ? 'monthly' : freq === 'DAILY' ? 'daily' : undefined;
  if (!pattern) return undefined;
  const words = defaultWords(pattern, startDate);
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  words.interval = interval;
  const byday = parts.get('BYDAY')?.split(',') ?? [];
  if (pattern === 'daily' && byday.length) return undefined;
  if (pattern === 'weekly' && byday.length) {
    if (!byday.every((d) => (WEEKDAY_CODES as readonly string[]).includes(d))) return undefined;
    words.weekdays = byday as WeekdayCode[];
  }
  if (pattern === 'monthly') {
    const match = byday.length === 1 ? /^([1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday[0]!) : null;
    if (!match) return undefined;
    words.ordinal = Number(match[1]);
    words.monthlyWeekday = match[2] as WeekdayCode;
  }
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until) {
    const date = /^(\d{4})(\d{2})(\d{2})/.exec(until);
    if (!date) return undefined;
    words.ending = 'until';
    words.until = `${date[1]}-${date[2]}-${date[3]}`;
  } else if (count) {
    words.ending = 'count';
    words.count = Number(count);
  }
  return words;
}

/** The words as the RRULE the API stores; UNTIL as a date alone includes that whole day. */
export function ruleOf(words: RecurrenceWords): string {
  const parts = [`FREQ=${words.pattern === 'weekly' ? 'WEEKLY' : words.pattern === 'monthly' ? 'MONTHLY' : 'DAILY'}`];
  if (words.interval > 1) parts.push(`INTERVAL=${words.interval}`);
  if (words.pattern === 'weekly' && words.weekdays.length) parts.push(`BYDAY=${WEEKDAY_CODES.filter((d) => words.weekdays.includes(d)).join(',')}`);
  if (words.pattern === 'monthly') parts.push(`BYDAY=${words.ordinal}${words.monthlyWeekday}`);
  if (words.ending === 'until' && words.until) parts.push(`UNTIL=${words.until.replaceAll('-', '')}`);
  if (words.ending === 'count') parts.push(`COUNT=${words.count}`);
  return parts.join(';');
}
