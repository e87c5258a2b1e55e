import type { ReactiveControllerHost } from 'lit';
import type { ApplicantProfile } from './funding-api.js';
import { cleanProfile, forgetSavedProfile, loadSavedProfile, saveProfile, withoutAnswer, type QuestionKey } from './profile.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { answerError, hasAnswer, readTypedAnswer, type QuestionContext } from './questions.js';

type Answer = ApplicantProfile[keyof ApplicantProfile];

/**
 * The reader's answers to the questionnaire, and where they are kept: in
 * memory, and on this device only after the consent box is ticked (per
 * tenant, see `profile.ts`). A number or date is kept as typed until the
 * reader moves on, so a half-typed amount is neither lost nor sent.
 */
export class ApplicantAnswers {
  profile: ApplicantProfile = {};
  typed: Partial<Record<QuestionKey, string>> = {};
  consent = false;
  /** The tenant whose saved answers were read; `undefined` before the first render. */
  private tenant: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** An answer was given: the error shown about the question goes. */
    private readonly onAnswered: () => void,
  ) {}

  /** Starts from what the host page knows about the organisation (the `profile` property). */
  preset(profile: ApplicantProfile): void {
    this.profile = cleanProfile({ ...profile });
    this.host.requestUpdate();
  }

  /** For a (new) tenant, before a render: what was saved on this device fills what is not answered yet. */
  useTenant(tenant: string): void {
    if (tenant === this.tenant) return;
    this.tenant = tenant;
    const saved = loadSavedProfile(tenant);
    if (saved) {
      this.profile = { ...saved, ...this.profile };
      this.consent = true;
    }
  }

  /** A choice, or (with `typed`) a keystroke in a number or date field. */
  set(key: QuestionKey, value: Answer, typed?: string): void {
    if (typed !== undefined) this.typed = { ...this.typed, [key]: typed };
    else {
      this.profile = cleanProfile({ ...this.profile, [key]: value });
      this.onAnswered();
      this.persist();
    }
    this.host.requestUpdate();
  }

  /** What a question's controls show (these answers) and whom they tell of a change (these answers). */
  controls(idPrefix: string, labels: TaxonomyLabels, describedBy: string, invalid: boolean): QuestionContext {
    return { idPrefix, labels, profile: this.profile, typed: this.typed, describedBy, invalid, onChange: (key, value, typed) => this.set(key, value, typed) };
  }

  /** Takes what was typed into a number or date field. Returns an error, or undefined when the answer is usable. */
  commit(key: QuestionKey, locale: string): string | undefined {
    const read = readTypedAnswer(key, this.typed[key], locale);
    if (read === undefined) return hasAnswer(key, this.profile) ? undefined : answerError(key);
    if ('error' in read) return read.error;
    this.set(key, read.value);
    this.dropTyped(key);
    return undefined;
  }

  /** "Weiß ich nicht": the question stays unanswered. */
  drop(key: QuestionKey): void {
    this.profile = withoutAnswer(this.profile, key);
    this.dropTyped(key);
    this.persist();
  }

  setConsent(checked: boolean): void {
    this.consent = checked;
    if (checked) saveProfile(this.tenant ?? '', this.profile);
    else forgetSavedProfile(this.tenant ?? '');
    this.host.requestUpdate();
  }

  /** "Meine Angaben löschen": from memory and from the device. */
  forget(): void {
    this.profile = {};
    this.typed = {};
    this.consent = false;
    forgetSavedProfile(this.tenant ?? '');
    this.host.requestUpdate();
  }

  private dropTyped(key: QuestionKey): void {
    const { [key]: _done, ...rest } = this.typed;
    this.typed = rest;
    this.host.requestUpdate();
  }

  private persist(): void {
    if (this.consent) saveProfile(this.tenant ?? '', this.profile);
  }
}
