/**
 * Self-service: the organisations keep their entry right, and anyone may
 * propose an organisation or an event. Everything proposed waits in the
 * office's review queue; nothing a member of the public sends is published
 * before an editor accepted it.
 */
import { z } from '@hono/zod-openapi';
import { publicRoute, staffRoute } from './access.js';
import { DateTime, Email, Locale, Problem, Slug, TenantParam, Text } from './common.js';
import { EventInput } from './events.js';
import { OrganizationInput } from './organizations.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const invalid = problem('The body is invalid; `errors` names each bad field.');

// ── Proof of work ──────────────────────────────────────────────────────────

/** An ALTCHA (v2) challenge, signed by this server; solved by the widget, checked once. */
export const ProofOfWorkChallenge = z
  .object({
    parameters: z
      .object({
        algorithm: z.string(),
        nonce: z.string(),
        salt: z.string(),
        cost: z.number().int(),
        keyLength: z.number().int(),
        keyPrefix: z.string(),
        expiresAt: z.number().int().optional(),
      })
      .passthrough(),
    signature: z.string(),
  })
  .openapi('ProofOfWorkChallenge');
export type ProofOfWorkChallenge = z.infer<typeof ProofOfWorkChallenge>;

export const ProofOfWorkSolution = z
  .object({
    challenge: ProofOfWorkChallenge,
    solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string().max(256), time: z.number().optional() }),
  })
  .openapi('ProofOfWorkSolution', { description: 'The challenge as received and the counter found for it. Each challenge counts once.' });

// ── Proposals from the public ──────────────────────────────────────────────

const Submitter = z
  .object({
    name: Text.trim().min(1).max(200),
    email: Email,
  })
  .openapi('ProposalSubmitter', { description: 'Who proposes: told of the decision by mail, erased a set time after it. Never published.' });

const proposalCommon = {
  submitter: Submitter,
  locale: Locale.default('de').openapi({ description: 'The language of the mail that tells the decision.' }),
  publicationConsent: z.literal(true).openapi({ description: 'The submitter agrees that the public fields of the record are published once accepted.' }),
  proofOfWork: ProofOfWorkSolution,
  homepage: z.string().max(500).optional().openapi({ description: 'Leave empty. A field people do not see; a filled one marks the sender as a program.' }),
};

export const ProposalInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('organization'), record: OrganizationInput, ...proposalCommon }),
    z.object({ kind: z.literal('event'), record: EventInput, ...proposalCommon }),
  ])
  .openapi('ProposalInput', { description: 'A new organisation or event. The `id` of the record is a suggestion; the server makes it unique.' });
export type ProposalInput = z.input<typeof ProposalInput>;

export const ProposalReceived = z
  .object({ data: z.object({ status: z.literal('received') }) })
  .openapi('ProposalReceived');

// ── Review queue (staff) ───────────────────────────────────────────────────

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const ProposalStatus = z.enum(PROPOSAL_STATUSES).openapi('ProposalStatus');

export const FieldChange = z
  .object({ before: z.unknown().optional(), after: z.unknown().optional() })
  .openapi('FieldChange', { description: 'A field of the record: as it is live (`before`, absent for a new record) and as proposed (`after`).' });

export const Proposal = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(['organization', 'event']),
    targetId: Slug.nullable().openapi({ description: 'The live record a change is for; null for a new record.' }),
    origin: z.enum(['public-form', 'entry-link']),
    status: ProposalStatus,
    record: z.record(z.string(), z.unknown()).openapi({ description: 'The proposed record in the shape of the staff write.' }),
    diff: z.record(z.string(), FieldChange).openapi({ description: 'Every top-level field that differs from the live record.' }),
    submitter: z.object({ name: z.string(), email: z.string() }).nullable().openapi({ description: 'Null once erased.' }),
    locale: Locale,
    decisionReason: z.string().nullable(),
    decidedAt: DateTime.nullable(),
    createdAt: DateTime,
  })
  .openapi('Proposal');
export type Proposal = z.infer<typeof Proposal>;

export const ProposalQueueQuery = z.object({
  status: ProposalStatus.default('pending').openapi({ param: { name: 'status', in: 'query' } }),
  kind: z.enum(['organization', 'event']).optional().openapi({ param: { name: 'kind', in: 'query' } }),
});

export const ProposalAcceptance = z
  .object({
    record: z.record(z.string(), z.unknown()).optional().openapi({ description: 'The record as the editor changed it; without it the proposal is taken as it is.' }),
  })
  .strict()
  .openapi('ProposalAcceptance');

export const ProposalDecline = z
  .object({ reason: Text.trim().min(3).max(2000).openapi({ description: 'Told to the submitter in the mail.' }) })
  .strict()
  .openapi('ProposalDecline');

export const VerificationRequestInput = z
  .object({
    organizationIds: z.array(Slug).min(1).max(1000).optional().openapi({ description: 'Without it: every organisation whose entry is stale by the tenant\'s interval.' }),
  })
  .strict()
  .openapi('VerificationRequestInput');

export const VerificationRequestResult = z
  .object({
    data: z.object({
      queued: z.array(Slug).openapi({ description: 'Organisations that get a mail with a new link.' }),
      skipped: z.array(z.object({ id: Slug, reason: z.enum(['no-email', 'not-found']) })),
    }),
  })
  .openapi('VerificationRequestResult');

const ProposalParams = TenantParam.extend({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const getProofOfWorkChallenge = publicRoute({
  operationId: 'getProofOfWorkChallenge',
  tags: ['Self-service'],
  method: 'get',
  path: '/v1/{tenant}/proof-of-work',
  summary: 'A fresh proof-of-work challenge for a public form',
  description: 'Self-hosted (ALTCHA), no third party, no cookie. A challenge expires after 10 minutes and counts once.',
  request: { params: TenantParam },
  responses: { 200: json(z.object({ data: ProofOfWorkChallenge }).openapi('ProofOfWorkChallengeResponse'), 'The challenge'), 404: problem('No such tenant.'), 429: problem('Too many requests; see `Retry-After`.') },
});

export const submitProposal = publicRoute({
  operationId: 'submitProposal',
  tags: ['Self-service'],
  method: 'post',
  path: '/v1/{tenant}/proposals',
  summary: 'Propose a new organisation or event, without an account',
  description: 'Lands in the office\'s review queue; the submitter is told of the decision by mail. Rate-limited like booking requests.',
  request: { params: TenantParam, body: body(ProposalInput) },
  responses: {
    202: json(ProposalReceived, 'Received; it waits for the office'),
    400: invalid,
    404: problem('No such tenant.'),
    429: problem('Too many requests; see `Retry-After`.'),
  },
});

export const listProposals = staffRoute(['editor'], {
  operationId: 'listProposals',
  tags: ['Self-service'],
  method: 'get',
  path: '/v1/{tenant}/review-queue',
  summary: 'Proposals and changes waiting for the office, each with its diff against the live record',
  request: { params: TenantParam, query: ProposalQueueQuery },
  responses: { 200: json(z.object({ data: z.array(Proposal) }).openapi('ProposalList'), 'Oldest first'), 400: invalid, 404: problem('No such tenant.') },
});

export const acceptProposal = staffRoute(['editor'], {
  operationId: 'acceptProposal',
  tags: ['Self-service'],
  method: 'post',
  path: '/v1/{tenant}/review-queue/{id}/accept',
  summary: 'Accept a proposal (maybe as edited) and publish it',
  request: { params: ProposalParams, body: body(ProposalAcceptance) },
  responses: {
    200: json(z.object({ data: Proposal }).openapi('ProposalAccepted'), 'Accepted and live'),
    400: invalid,
    404: problem('No such tenant or proposal.'),
    409: problem('The proposal is decided already.'),
  },
});

export const declineProposal = staffRoute(['editor'], {
  operationId: 'declineProposal',
  tags: ['Self-service'],
  method: 'post',
  path: '/v1/{tenant}/review-queue/{id}/decline',
  summary: 'Decline a proposal with a reason for the submitter',
  request: { params: ProposalParams, body: body(ProposalDecline) },
  responses: {
    200: json(z.object({ data: Proposal }).openapi('ProposalDeclined'), 'Declined'),
    400: invalid,
    404: problem('No such tenant or proposal.'),
    409: problem('The proposal is decided already.'),
  },
});

export const requestEntryVerification = staffRoute(['editor'], {
  operationId: 'requestEntryVerification',
  tags: ['Self-service'],
  method: 'post',
  path: '/v1/{tenant}/entry-verifications',
  summary: 'Ask organisations "Ist Ihr Eintrag noch aktuell?" by mail now',
  description: 'Each organisation\'s address (its e-mail, else its first contact with one) gets a new secret link, valid 30 days and once.',
  request: { params: TenantParam, body: body(VerificationRequestInput) },
  responses: { 202: json(VerificationRequestResult, 'The mails are queued'), 400: invalid, 404: problem('No such tenant.') },
});

export const selfServiceRoutes = {
  getProofOfWorkChallenge,
  submitProposal,
  listProposals,
  acceptProposal,
  declineProposal,
  requestEntryVerification,
};
