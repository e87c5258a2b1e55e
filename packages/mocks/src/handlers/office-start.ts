/**
 * The office start page's sources beyond the queue: the outbox (failed mails
 * and sending one again) and the audit trail, for the office app's stories
 * and browser tests.
 */
import { http, HttpResponse } from 'msw';
import type { AuditEntry, OutboxMail } from '@teilhabe/sdk';
import { API, problem } from './common.js';

export interface OfficeStartOptions {
  /** `failed` (default): two mails that could not be sent; `none`; `error`: the outbox answers 500. */
  outbox?: 'failed' | 'none' | 'error';
  /** `entries` (default): a few changes; `none`; `error`: the audit trail answers 500. */
  audit?: 'entries' | 'none' | 'error';
}

/** Every mail id the mocks were asked to send again, newest last. */
export const outboxRetryLog: string[] = [];

export function failedMailFixtures(): OutboxMail[] {
  const mail = (id: string, fields: Partial<OutboxMail>): OutboxMail => ({
    id,
    kind: 'booking-decision',
    bookingId: null,
    recipient: 'amina@example.org',
    subject: 'Ihre Anfrage für den Großen Saal',
    status: 'failed',
    attempts: 12,
    lastError: '550 5.1.1 mailbox unavailable',
    createdAt: '2026-11-29T08:30:00Z',
    nextAttemptAt: '2026-11-30T08:30:00Z',
    sentAt: null,
    ...fields,
  });
  return [
    mail('7e4a1c90-3b2d-4f6e-8a15-9c0b1d2e3f40', {
      bookingId: '0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a',
    }),
    mail('8f5b2da1-4c3e-4a7f-9b26-0d1c2e3f4a51', {
      kind: 'staff-invite',
      recipient: 'neu@musterkreis.example.de',
      subject: 'Einladung in die Office-App',
      lastError: 'connect ECONNREFUSED',
    }),
  ];
}

export function auditFixtures(): AuditEntry[] {
  const entry = (id: number, fields: Partial<AuditEntry>): AuditEntry => ({
    id,
    at: '2026-12-01T09:15:00Z',
    actor: {
      kind: 'staff',
      id: '6f1c2a8e-2f6b-4a44-9b1e-0d6c1d4b7a10',
      name: 'Selin Yılmaz',
    },
    recordType: 'booking',
    recordId: '0b6f3a52-6c1e-4d7e-9a43-1f0e2d3c4b5a',
    operation: 'approve',
    changes: {},
    requestId: null,
    ...fields,
  });
  return [
    entry(42, {}),
    entry(41, {
      at: '2026-12-01T08:50:00Z',
      recordType: 'organization',
      recordId: 'arabischer-kulturverein',
      operation: 'update',
      actor: { kind: 'staff', id: null, name: 'Jonas Weber' },
    }),
    entry(40, {
      at: '2026-11-30T16:05:00Z',
      recordType: 'event',
      recordId: 'sprachcafe',
      operation: 'import',
      actor: { kind: 'token', id: null, name: 'Veranstaltungskalender' },
    }),
    entry(39, {
      at: '2026-11-30T07:58:00Z',
      recordType: 'session',
      recordId: 'ses',
      operation: 'sign-in:password',
    }),
  ];
}

export function officeStartHandlers(options: OfficeStartOptions, signedIn: (request: Request) => boolean) {
  let mails = options.outbox === 'none' ? [] : failedMailFixtures();
  const entries = options.audit === 'none' ? [] : auditFixtures();
  const unauthorized = () => problem(401, 'Sign in first.');
  return [
    http.get(`${API}/outbox`, ({ request }) => {
      if (!signedIn(request)) return unauthorized();
      if (options.outbox === 'error') return problem(500, 'Internal error.');
      return HttpResponse.json({
        data: mails.filter((m) => m.status === 'failed'),
      });
    }),
    http.post(`${API}/outbox/:id/retry`, ({ request, params }) => {
      if (!signedIn(request)) return unauthorized();
      outboxRetryLog.push(String(params.id));
      const mail = mails.find((m) => m.id === params.id);
      if (!mail) return problem(404, 'No such mail.');
      if (mail.status !== 'failed') return problem(409, 'The mail is not failed.');
      mails = mails.map((m) => (m.id === mail.id ? { ...m, status: 'pending', attempts: 0 } : m));
      return HttpResponse.json({
        data: { ...mail, status: 'pending', attempts: 0 },
      });
    }),
    http.get(`${API}/audit`, ({ request }) => {
      if (!signedIn(request)) return unauthorized();
      if (options.audit === 'error') return problem(500, 'Internal error.');
      const limit = Number(new URL(request.url).searchParams.get('limit') ?? 50);
      return HttpResponse.json({
        data: entries.slice(0, limit),
        meta: { nextCursor: null },
      });
    }),
  ];
}
