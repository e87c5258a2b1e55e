/**
 * The review queue of self-service for the office app's stories and tests:
 * a new organisation from the public form and an organisation's change
 * through its link, each with its diff; decisions are logged.
 */
import { http, HttpResponse } from 'msw';
import type { Proposal } from '@teilhabe/sdk';
import { API, problem } from './common.js';

export const reviewDecisionLog: Array<{ id: string; decision: 'accept' | 'decline'; body: unknown }> = [];

export function reviewQueueFixtures(): Proposal[] {
  return [
    {
      id: '6f1d2c3b-0000-4000-8000-000000000001',
      kind: 'organization',
      targetId: null,
      origin: 'public-form',
      status: 'pending',
      record: { id: 'frauencafe-suedstadt', name: 'Frauencafé Südstadt', shortDescription: { de: 'Treffpunkt für Frauen' }, email: 'kontakt@frauencafe.example.org', types: ['cultural-association'] },
      diff: {
        id: { after: 'frauencafe-suedstadt' },
        name: { after: 'Frauencafé Südstadt' },
        shortDescription: { after: { de: 'Treffpunkt für Frauen' } },
        email: { after: 'kontakt@frauencafe.example.org' },
        types: { after: ['cultural-association'] },
      },
      submitter: { name: 'Amina Beispiel', email: 'amina@example.org' },
      locale: 'de',
      decisionReason: null,
      decidedAt: null,
      createdAt: '2026-11-20T10:00:00Z',
    },
    {
      id: '6f1d2c3b-0000-4000-8000-000000000002',
      kind: 'organization',
      targetId: 'dtkv-musterstadt',
      origin: 'entry-link',
      status: 'pending',
      record: { id: 'dtkv-musterstadt', name: 'Deutsch-Türkischer Kulturverein Musterstadt e.V.', phone: '+49 2421 55555' },
      diff: { phone: { before: '+49 2421 123456', after: '+49 2421 55555' } },
      submitter: { name: 'Deutsch-Türkischer Kulturverein Musterstadt e.V.', email: 'info@dtkv.example.org' },
      locale: 'de',
      decisionReason: null,
      decidedAt: null,
      createdAt: '2026-11-21T10:00:00Z',
    },
  ];
}

export function reviewQueueHandlers(signedIn: (request: Request) => boolean) {
  let proposals = reviewQueueFixtures();
  const decide = (decision: 'accept' | 'decline') =>
    http.post(`${API}/review-queue/:id/${decision}`, async ({ request, params }) => {
      if (!signedIn(request)) return problem(401, 'Sign in first.');
      const body = await request.json();
      const proposal = proposals.find((p) => p.id === params['id']);
      if (!proposal) return problem(404, 'No such proposal.');
      // An edit that breaks the record is refused as the server refuses it: with the field.
      const edited = (body as { record?: Record<string, unknown> } | null)?.record;
      if (decision === 'accept' && typeof edited?.['email'] === 'string' && !edited['email'].includes('@')) {
        return problem(400, 'Der Vorschlag ist nicht vollständig', { type: '/problems/validation', errors: [{ path: 'record.email', code: 'invalid_format', message: 'Invalid email address' }] });
      }
      reviewDecisionLog.push({ id: proposal.id, decision, body });
      proposals = proposals.filter((p) => p !== proposal);
      return HttpResponse.json({ data: { ...proposal, status: decision === 'accept' ? 'accepted' : 'declined' } });
    });
  return [
    http.get(`${API}/review-queue`, ({ request }) => (signedIn(request) ? HttpResponse.json({ data: proposals }) : problem(401, 'Sign in first.'))),
    decide('accept'),
    decide('decline'),
  ];
}
