/** The periodic jobs of a server instance, and how often each runs. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { sweepRateLimits } from '../http/rate-limit.js';
import { queueOfficeDigests } from './digest.js';
import { queueDueReminders } from './reminders.js';
import { eraseExpiredRequesterData, eraseExpiredSubmitterData } from './retention.js';
import { queueDueEntryVerifications } from './entry-verification.js';
import { sweepUsedChallenges } from '../self-service/proof-of-work.js';
import type { PeriodicJob } from './scheduler.js';
import { syncDueEventSources } from '../event-sources/sync.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Sent mails are kept a while for staff to look up, then removed with their recipients. */
const SENT_MAIL_KEPT_MS = 30 * 24 * HOUR;

export function periodicJobs(db: Kysely<DatabaseSchema>, options: { baseUrl: string; onMailQueued: () => void }): PeriodicJob[] {
  return [
    {
      name: 'booking-reminders',
      everyMs: 15 * MINUTE,
      run: async (now) => {
        if (await queueDueReminders(db, now)) options.onMailQueued();
      },
    },
    {
      name: 'office-digest',
      everyMs: HOUR,
      run: async (now) => {
        if (await queueOfficeDigests(db, now, options.baseUrl)) options.onMailQueued();
      },
    },
    { name: 'requester-data-retention', everyMs: 6 * HOUR, run: async (now) => void (await eraseExpiredRequesterData(db, now)) },
    { name: 'submitter-data-retention', everyMs: 6 * HOUR, run: async (now) => void (await eraseExpiredSubmitterData(db, now)) },
    {
      name: 'entry-verification',
      everyMs: 24 * HOUR,
      run: async (now) => {
        if (await queueDueEntryVerifications(db, now, options.baseUrl)) options.onMailQueued();
      },
    },
    // Each source has its own interval; the job only looks which are due (and claims each before reading it).
    { name: 'event-source-sync', everyMs: MINUTE, run: async (now) => void (await syncDueEventSources(db, now)) },
    {
      name: 'cleanup',
      everyMs: 6 * HOUR,
      run: async () => {
        await sweepRateLimits(db);
        await sweepUsedChallenges(db);
        await db.deleteFrom('outbox').where('status', '=', 'sent').where('sent_at', '<', new Date(Date.now() - SENT_MAIL_KEPT_MS)).execute();
      },
    },
  ];
}
