/**
 * The self-service routes: the proof-of-work challenge and public proposals,
 * the office's review queue, the question "Ist Ihr Eintrag noch aktuell?"
 * and the page behind its link. Every change commits together with its
 * audit row and its mail.
 */
import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { routes, type EventRecord, type OrganizationRecord } from '@teilhabe/contract';
import type { Context } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf, recordAudit, type AuditActor } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, notFound } from '../http/problem.js';
import { PAGE_SECURITY_HEADERS } from '../pages/html.js';
import { bumpVersion, COLLECTIONS, loadStoredRecord } from '../records/stored-records.js';
import { saveEvent } from '../resources/events/repository.js';
import { saveOrganization } from '../resources/organizations/repository.js';
import { askOrganizations, staleOrganizationIds, usableLink, useLink, verificationAddress } from './entry-links.js';
import { applyForm, entryDonePage, entryGonePage, entryPage, formFromBody, formOf } from './entry-page.js';
import { languageOf, queueProposalDecisionMail } from './mails.js';
import { DEFAULT_PROOF_OF_WORK, issueChallenge, spendSolution, type ProofOfWorkOptions } from './proof-of-work.js';
import { checkedRecord, collectionOf, findProposal, freeId, insertProposal, queuedProposals, recordDecision, titleOf, toProposal, type ProposalKind, type ProposalRow } from './proposals.js';
import { readSettings } from '../tenants/settings.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const PAGE_HEADERS = { ...PRIVATE, ...PAGE_SECURITY_HEADERS };

/** Who the audit trail names when an organisation acts through its link. */
const organisationViaLink = (organizationId: string, requestId: string | null): AuditActor => ({ kind: 'public', id: organizationId, name: 'Organisation über Link', requestId });

type AnyRecord = OrganizationRecord | EventRecord;

export function registerSelfServiceRoutes(app: OpenAPIHono<AppEnv>, dependencies: AppDependencies, proofOfWork: ProofOfWorkOptions = DEFAULT_PROOF_OF_WORK) {
  const { db, bookingLimiter, publicBaseUrl, now, mail } = dependencies;
  const baseUrlOf = (c: Context<AppEnv>) => publicBaseUrl ?? new URL(c.req.url).origin;

  /** Writes a record of the collection with its version and audit row, in the caller's transaction. */
  async function writeRecord(trx: Parameters<Parameters<typeof inTransaction>[1]>[0], tenantId: string, kind: ProposalKind, record: AnyRecord, actor: AuditActor) {
    const collection = collectionOf(kind);
    const before = await loadStoredRecord(trx, collection, tenantId, record.id, { forUpdate: true });
    if (kind === 'organization') await saveOrganization(trx, tenantId, record as OrganizationRecord, now());
    else await saveEvent(trx, tenantId, record as EventRecord, now());
    await bumpVersion(trx, collection, tenantId, record.id, before?.version);
    const after = await loadStoredRecord(trx, collection, tenantId, record.id);
    await recordAudit(trx, tenantId, actor, { recordType: COLLECTIONS[collection].recordType, recordId: record.id, operation: before ? 'update' : 'create', before: before?.record, after: after?.record });
  }

  // ── Public: challenge and proposals ──────────────────────────────────────

  app.openapi(routes.getProofOfWorkChallenge, async (c) => {
    await bookingLimiter.hit(c, `proof-of-work:${c.get('tenant').id}`);
    const challenge = await issueChallenge(db, proofOfWork);
    return c.json({ data: { parameters: challenge.parameters, signature: challenge.signature ?? '' } }, 200, PRIVATE);
  });

  app.openapi(routes.submitProposal, async (c) => {
    const tenant = c.get('tenant');
    const input = c.req.valid('json');
    await bookingLimiter.hit(c, `proposals:${tenant.id}`);
    // A program filled the field people do not see: it hears the usual answer and nothing is kept.
    if (input.homepage) return c.json({ data: { status: 'received' as const } }, 202, PRIVATE);
    const suggested = { ...input.record, ...(input.kind === 'organization' ? { verifiedAt: null } : {}) };
    const record = await checkedRecord(db, tenant.id, input.kind, { ...suggested, id: await freeId(db, tenant.id, input.kind, input.record.id) });
    await inTransaction(db, async (trx) => {
      await spendSolution(trx, input.proofOfWork);
      await insertProposal(trx, { id: randomUUID(), tenantId: tenant.id, kind: input.kind, targetId: null, origin: 'public-form', record, submitter: input.submitter, locale: input.locale, createdAt: now() });
    });
    return c.json({ data: { status: 'received' as const } }, 202, PRIVATE);
  });

  // ── Staff: the review queue ──────────────────────────────────────────────

  app.openapi(routes.listProposals, async (c) => {
    const query = c.req.valid('query');
    const rows = await queuedProposals(db, c.get('tenant').id, query);
    return c.json({ data: await Promise.all(rows.map((row) => toProposal(db, row))) }, 200, PRIVATE);
  });

  async function pendingProposal(trx: Parameters<typeof findProposal>[0], tenantId: string, id: string): Promise<ProposalRow> {
    const row = await findProposal(trx, tenantId, id, { forUpdate: true });
    if (!row) throw notFound('Proposal', id);
    if (row.status !== 'pending') throw new ProblemError({ status: 409, type: 'proposal-decided', title: 'Über diesen Vorschlag ist schon entschieden', detail: `Er ist seit ${row.decided_at?.toISOString()} ${row.status === 'accepted' ? 'angenommen' : 'abgelehnt'}.` });
    return row;
  }

  app.openapi(routes.acceptProposal, async (c) => {
    const tenant = c.get('tenant');
    const { id } = c.req.valid('param');
    const edited = c.req.valid('json').record;
    const actor = auditActorOf(c);
    const row = await inTransaction(db, async (trx) => {
      const proposal = await pendingProposal(trx, tenant.id, id);
      const input = { ...(edited ?? proposal.record) };
      // A change keeps the id of its record; a new record gets a free one now (another may have taken it meanwhile).
      input.id = proposal.target_id ?? (await freeId(trx, tenant.id, proposal.kind, String(input.id ?? 'vorschlag')));
      // An organisation that proposed changes through its link has checked its whole entry.
      if (proposal.origin === 'entry-link') input.verifiedAt = now().toISOString();
      const record = await checkedRecord(trx, tenant.id, proposal.kind, input);
      await writeRecord(trx, tenant.id, proposal.kind, record, actor);
      await recordDecision(trx, id, { status: 'accepted', reason: null, by: actor.name, at: now(), record });
      await recordAudit(trx, tenant.id, actor, { recordType: 'proposal', recordId: id, operation: 'accept', before: { status: 'pending' }, after: { status: 'accepted', recordId: record.id } });
      if (proposal.submitter) {
        const published = record as unknown as Record<string, unknown>;
        await queueProposalDecisionMail(trx, {
          tenantId: tenant.id,
          proposalId: id,
          language: languageOf(proposal.submitter_locale),
          to: proposal.submitter.email,
          name: proposal.submitter.name,
          title: titleOf(proposal.kind, published),
          accepted: true,
          ...(edited ? { edited: { proposed: proposal.record, published } } : {}),
        });
      }
      return (await findProposal(trx, tenant.id, id))!;
    });
    mail.wake();
    return c.json({ data: await toProposal(db, row) }, 200, PRIVATE);
  });

  app.openapi(routes.declineProposal, async (c) => {
    const tenant = c.get('tenant');
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const actor = auditActorOf(c);
    const row = await inTransaction(db, async (trx) => {
      const proposal = await pendingProposal(trx, tenant.id, id);
      await recordDecision(trx, id, { status: 'declined', reason, by: actor.name, at: now() });
      await recordAudit(trx, tenant.id, actor, { recordType: 'proposal', recordId: id, operation: 'decline', before: { status: 'pending' }, after: { status: 'declined', reason } });
      if (proposal.submitter) {
        await queueProposalDecisionMail(trx, { tenantId: tenant.id, proposalId: id, language: languageOf(proposal.submitter_locale), to: proposal.submitter.email, name: proposal.submitter.name, title: titleOf(proposal.kind, proposal.record), accepted: false, reason });
      }
      return (await findProposal(trx, tenant.id, id))!;
    });
    mail.wake();
    return c.json({ data: await toProposal(db, row) }, 200, PRIVATE);
  });

  app.openapi(routes.requestEntryVerification, async (c) => {
    const tenant = c.get('tenant');
    const { organizationIds } = c.req.valid('json');
    const ids = organizationIds ?? (await staleOrganizationIds(db, tenant.id, (await readSettings(db, tenant.id)).entryVerificationDays || 365, now()));
    const outcome = await inTransaction(db, (trx) => askOrganizations(trx, tenant, [...new Set(ids)], now(), baseUrlOf(c)));
    mail.wake();
    return c.json({ data: outcome }, 202, PRIVATE);
  });

  // ── The page behind the link (plain forms, no script) ────────────────────

  const pageLocale = (c: Context<AppEnv>) => languageOf(c.get('locale'));
  const gone = (c: Context<AppEnv>) => c.html(entryGonePage(pageLocale(c), c.get('tenant').name), 410, PAGE_HEADERS);

  app.get('/v1/:tenant/entry', async (c) => {
    const tenant = c.get('tenant');
    const token = c.req.query('token');
    const state = await usableLink(db, tenant.id, token, now());
    if (state.kind === 'gone') return gone(c);
    const stored = await loadStoredRecord(db, 'organizations', tenant.id, state.link.organization_id);
    if (!stored) return gone(c);
    return c.html(entryPage({ locale: pageLocale(c), municipality: tenant.name, tenantId: tenant.id, token: token!, form: formOf(stored.record as Partial<OrganizationRecord>) }), 200, PAGE_HEADERS);
  });

  const formBody = async (c: Context<AppEnv>) => (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;

  app.post('/v1/:tenant/entry/confirm', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const token = typeof body.token === 'string' ? body.token : undefined;
    const done = await inTransaction(db, async (trx) => {
      const state = await usableLink(trx, tenant.id, token, now(), { forUpdate: true });
      if (state.kind === 'gone') return false;
      const stored = await loadStoredRecord(trx, 'organizations', tenant.id, state.link.organization_id, { forUpdate: true });
      if (!stored) return false;
      const record = { ...(stored.record as OrganizationRecord), verifiedAt: now().toISOString() };
      await writeRecord(trx, tenant.id, 'organization', record, organisationViaLink(record.id, c.get('requestId') ?? null));
      await useLink(trx, state.link.token_hash, now());
      return true;
    });
    if (!done) return gone(c);
    return c.html(entryDonePage(pageLocale(c), tenant.name, 'confirmed'), 200, PAGE_HEADERS);
  });

  app.post('/v1/:tenant/entry/propose', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const token = typeof body.token === 'string' ? body.token : undefined;
    const form = formFromBody(body);
    const outcome = await inTransaction(db, async (trx) => {
      const state = await usableLink(trx, tenant.id, token, now(), { forUpdate: true });
      if (state.kind === 'gone') return { kind: 'gone' as const };
      const stored = await loadStoredRecord(trx, 'organizations', tenant.id, state.link.organization_id);
      if (!stored) return { kind: 'gone' as const };
      const current = stored.record as OrganizationRecord;
      const changed = applyForm(current, form);
      if ('errors' in changed) return { kind: 'errors' as const, errors: changed.errors };
      const address = verificationAddress(current);
      await insertProposal(trx, {
        id: randomUUID(),
        tenantId: tenant.id,
        kind: 'organization',
        targetId: current.id,
        origin: 'entry-link',
        record: changed.record,
        submitter: address ? { name: current.name, email: address } : null,
        locale: pageLocale(c),
        createdAt: now(),
      });
      await recordAudit(trx, tenant.id, organisationViaLink(current.id, c.get('requestId') ?? null), { recordType: 'organization', recordId: current.id, operation: 'propose-change' });
      await useLink(trx, state.link.token_hash, now());
      return { kind: 'proposed' as const };
    });
    if (outcome.kind === 'gone') return gone(c);
    if (outcome.kind === 'errors') {
      return c.html(entryPage({ locale: pageLocale(c), municipality: tenant.name, tenantId: tenant.id, token: token!, form, errors: outcome.errors }), 400, PAGE_HEADERS);
    }
    return c.html(entryDonePage(pageLocale(c), tenant.name, 'proposed'), 200, PAGE_HEADERS);
  });
}
