/**
 * Self-service: proposals from the public (with the proof of work solved
 * here), the office's review queue and the question "Ist Ihr Eintrag noch
 * aktuell?" to organisations.
 */
import { solveProofOfWork } from '../proof-of-work.js';
import type { CallOptions } from '../transport.js';
import type { Proposal, ProposalInput, ProposalQueueQuery, RecordResponse, VerificationRequestResult } from '../types.js';
import { type ResourceContext, wireQuery } from './context.js';

type Options = Omit<CallOptions, 'locale'>;
const staff = { auth: true, noStore: true } as const;

/** A proposal as the caller writes it: the proof of work is fetched and solved by `submit`. */
export type ProposalDraft = Omit<ProposalInput, 'proofOfWork'>;

export interface ProposalsResource {
  /** Fetches a challenge, solves it, and sends the proposal; resolves once the server received it (202). */
  submit(draft: ProposalDraft, options?: Options): Promise<void>;
}

export interface ReviewQueueResource {
  /** Waiting proposals (or decided ones by `status`), each with its diff against the live record. */
  list(query?: ProposalQueueQuery, options?: Options): Promise<{ data: Proposal[] }>;
  /** Publishes the proposal, or `record` when the editor changed it. 409 when decided already. */
  accept(id: string, record?: Record<string, unknown>, options?: Options): Promise<RecordResponse<Proposal>>;
  /** Declines with a reason the submitter reads in the mail. */
  decline(id: string, reason: string, options?: Options): Promise<RecordResponse<Proposal>>;
}

export interface EntryVerificationsResource {
  /** Mails "Ist Ihr Eintrag noch aktuell?" to the given organisations, or to every stale one without ids. */
  request(organizationIds?: string[], options?: Options): Promise<VerificationRequestResult>;
}

/** `client.proposals`: its own factory, so that a form that only proposes ships nothing of the office's calls. */
export function proposalsResource({ transport, tenant }: ResourceContext): ProposalsResource {
  const path = { path: { tenant } };
  return {
    submit: async (draft, options) => {
      const { data: challenge } = await transport.call({ shape: 'record', noStore: true }, options, (init) => transport.api.GET('/v1/{tenant}/proof-of-work', { ...init, params: path }));
      const proofOfWork = await solveProofOfWork(challenge, { signal: options?.signal });
      await transport.call({ shape: 'record', noStore: true }, options, (init) =>
        transport.api.POST('/v1/{tenant}/proposals', { ...init, params: path, body: { ...draft, proofOfWork } as ProposalInput }),
      );
    },
  };
}

export function reviewQueueResource({ transport, tenant }: ResourceContext): ReviewQueueResource {
  return {
    list: (query, options) =>
      transport.call({ shape: 'items', ...staff }, options, (init) => transport.api.GET('/v1/{tenant}/review-queue', { ...init, params: { path: { tenant }, query: wireQuery<ProposalQueueQuery>(query) } })),
    accept: (id, record, options) =>
      transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/review-queue/{id}/accept', { ...init, params: { path: { tenant, id } }, body: record ? { record } : {} })),
    decline: (id, reason, options) =>
      transport.call({ shape: 'record', ...staff }, options, (init) => transport.api.POST('/v1/{tenant}/review-queue/{id}/decline', { ...init, params: { path: { tenant, id } }, body: { reason } })),
  };
}

export function entryVerificationsResource({ transport, tenant }: ResourceContext): EntryVerificationsResource {
  return {
    request: (organizationIds, options) =>
      transport.call({ shape: 'record', ...staff }, options, (init) =>
        transport.api.POST('/v1/{tenant}/entry-verifications', { ...init, params: { path: { tenant } }, body: organizationIds ? { organizationIds } : {} }),
      ),
  };
}

export function selfServiceResources(context: ResourceContext) {
  return { proposals: proposalsResource(context), reviewQueue: reviewQueueResource(context), entryVerifications: entryVerificationsResource(context) };
}
