/**
 * What a service says when it refuses: the kind of refusal and the facts a
 * client can act on, but no HTTP. The edge (`http/problem.ts`) turns each kind
 * into one status and a problem+json body, in one place, so a service runs the
 * same from a route, a job or the CLI.
 */

/** One field of the input and what is wrong with it; `path` is dotted (`openingHours.0.closes`). */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface RefusalDetails {
  /** A short slug naming the problem for clients (`booking-conflict`); each kind has a default. */
  type?: string;
  detail?: string;
  errors?: FieldError[];
  /** Further facts the answer carries beside the fields above (the taken dates, free alternatives). */
  facts?: Record<string, unknown>;
  /** For the edge: e.g. `Retry-After` for a refusal that passes when asked again. */
  retryAfterSeconds?: number;
}

export abstract class DomainError extends Error {
  constructor(
    readonly title: string,
    readonly details: RefusalDetails = {},
  ) {
    super(details.detail ?? title);
  }
}

/** The thing asked for does not exist (or must not be revealed). */
export class NotFound extends DomainError {}

/** The input is malformed or refers to what does not exist; `errors` names the fields. */
export class Invalid extends DomainError {
  constructor(title: string, errors: FieldError[], details: Omit<RefusalDetails, 'errors'> = {}) {
    super(title, { ...details, errors });
  }
}

/** Well-formed, but against a rule of the record (a room's notice period, a series too long). */
export class RuleViolation extends DomainError {}

/** The current state does not allow it (already booked, still in use, decided already). */
export class Conflict extends DomainError {}

/** The caller's picture of the record is outdated (a stale `If-Match`). */
export class PreconditionFailed extends DomainError {}

export const notFoundError = (what: string, id: string) => new NotFound(`${what} not found`, { detail: `There is no ${what.toLowerCase()} "${id}".` });

export const idMismatch = (pathId: string): FieldError => ({ path: 'id', code: 'id_mismatch', message: `The body's id must be "${pathId}", as in the path.` });
