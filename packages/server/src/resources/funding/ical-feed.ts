/**
 * Application deadlines as an iCalendar feed (RFC 5545, via ical-generator):
 * one all-day event per deadline date, texts in the feed's locale with
 * per-field fallback. Yearly deadlines are written out as dates (not RRULE),
 * so that a 29 February moved to the 28th matches `nextDeadline` exactly.
 */
import type { Locale } from '@teilhabe/contract';
import ical from 'ical-generator';
import { Localizer } from '../../i18n/localizer.js';
import { PRODUCT_ID } from '../events/ical-feed.js';
import { addDays } from '../../time/zoned.js';
import { deadlineDates } from '../../domain/funding-deadlines.js';
import type { FundingRow } from './repository.js';

/** Deadlines from a year back to two years ahead are in the feed. */
export const FEED_DAYS_BEFORE = 365;
export const FEED_DAYS_AFTER = 2 * 365;

const CALENDAR_NAMES: Record<Locale, string> = {
  de: 'Antragsfristen',
  en: 'Application deadlines',
  tr: 'Başvuru son tarihleri',
  ar: 'المواعيد النهائية لتقديم الطلبات',
  uk: 'Терміни подання заявок',
  ru: 'Сроки подачи заявок',
  fa: 'مهلت‌های درخواست',
};

const DEADLINE: Record<Locale, string> = {
  de: 'Antragsfrist',
  en: 'Application deadline',
  tr: 'Başvuru son tarihi',
  ar: 'آخر موعد لتقديم الطلب',
  uk: 'Кінцевий термін подання',
  ru: 'Срок подачи заявки',
  fa: 'مهلت درخواست',
};

export interface DeadlineFeedOptions {
  tenant: { id: string; name: string; defaultLocale: Locale };
  locale: Locale;
  today: string;
}

export function deadlinesCalendar(rows: readonly FundingRow[], options: DeadlineFeedOptions): string {
  const calendar = ical({ name: `${options.tenant.name}: ${CALENDAR_NAMES[options.locale]}`, prodId: PRODUCT_ID, ttl: 6 * 60 * 60 });
  const from = addDays(options.today, -FEED_DAYS_BEFORE);
  const to = addDays(options.today, FEED_DAYS_AFTER);
  for (const row of rows) {
    const { doc } = row;
    const localizer = new Localizer(options.locale, options.tenant.defaultLocale, doc.machineTranslated);
    const title = localizer.text('title', doc.title);
    const summary = localizer.text('summary', doc.summary);
    const office = [doc.office.name, doc.office.email, doc.office.phone].filter(Boolean).join(', ');
    const link = doc.links.find((l) => l.kind === 'form') ?? doc.links.find((l) => l.kind === 'guideline') ?? doc.links[0];
    const updated = new Date(row.updated_at);
    for (const date of deadlineDates(doc.deadlines, from, to)) {
      const start = new Date(`${date}T00:00:00Z`);
      calendar.createEvent({
        id: `${row.id}-${date}@${options.tenant.id}.teilhabe-kit`,
        allDay: true,
        start,
        end: new Date(start.getTime() + 86_400_000),
        summary: `${DEADLINE[options.locale]}: ${title}`,
        description: [summary, office].filter(Boolean).join('\n\n'),
        url: link?.url ?? null,
        stamp: updated,
        lastModified: updated,
      });
    }
  }
  return calendar.toString();
}
