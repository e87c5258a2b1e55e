import { z } from '@hono/zod-openapi';
import { codeList, DateTime } from './common.js';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const OutboxStatus = z.enum(OUTBOX_STATUSES).openapi('OutboxStatus');

/** A mail in the outbox, as staff see it: who it is for and how delivery went, not its text. */
export const OutboxMail = z
  .object({
    id: z.string().uuid(),
    kind: z.string().openapi({ example: 'booking-decision' }),
    bookingId: z.string().uuid().nullable(),
    recipient: z.string(),
    subject: z.string(),
    status: OutboxStatus,
    attempts: z.number().int(),
    lastError: z.string().nullable().openapi({ description: 'What the mail server answered at the last try.' }),
    createdAt: DateTime,
    nextAttemptAt: DateTime,
    sentAt: DateTime.nullable(),
  })
  .openapi('OutboxMail');
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxListQuery = z.object({
  status: codeList(OutboxStatus).openapi({ param: { name: 'status', in: 'query' }, type: 'string', description: 'One or more statuses, comma-separated; default `failed`.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
});
