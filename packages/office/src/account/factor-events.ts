/** What the factor sections tell the account page after a change: the factors now and any new recovery codes. */
import type { SecondFactorsResponse } from '@teilhabe/sdk';
import { msg } from '@lit/localize';

export type SecondFactors = SecondFactorsResponse['data'];

export interface FactorsChangedDetail {
  factors: SecondFactors;
  recoveryCodes: string[];
  /** What the banner says. */
  notice: string;
}

export function factorsChanged(target: EventTarget, detail: FactorsChangedDetail): void {
  target.dispatchEvent(new CustomEvent<FactorsChangedDetail>('tk-factors-changed', { detail, bubbles: true, composed: true }));
}

/** The 409 of removing a factor: the tenant asks for one and this is the last. */
export function lastFactorText(): string {
  return msg('Ihre Verwaltung verlangt einen zweiten Faktor, und das ist Ihr letzter. Richten Sie zuerst einen anderen ein.', { id: 'account.last-factor' });
}
