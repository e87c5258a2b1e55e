/**
 * A 412 made visible: the office's version and the one saved meanwhile side
 * by side, field by field, with a choice per field, so nobody's work is lost.
 * Three versions go in: what the form was loaded with (`base`), what the
 * person typed (`mine`) and what is stored now (`theirs`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale } from '@teilhabe/sdk';
import { languageName } from './language-names.js';
import { displayValue, leavesOf, readPath, sameValue, writePath, type FieldGroup, type FieldLeaf, type RecordData } from './record-fields.js';

export type Choice = 'mine' | 'theirs';

export interface VersionConflict {
  base: RecordData;
  mine: RecordData;
  theirs: RecordData;
  theirVersion: number;
  /** Each field where the two versions differ, with the version to keep. */
  differences: Array<{ leaf: FieldLeaf; id: string; choice: Choice }>;
}

/** Fields no form field shows (contacts, opening hours) still count: they are compared as a whole. */
function uncoveredLeaves(groups: readonly FieldGroup[], data: RecordData[]): FieldLeaf[] {
  const covered = new Set(groups.flatMap((g) => g.fields.map((f) => f.path[0])));
  covered.add('machineTranslated');
  const keys = new Set(data.flatMap((d) => Object.keys(d)).filter((key) => !covered.has(key) && key !== 'id'));
  return [...keys].map((key) => ({ spec: { kind: 'text', path: [key], label: () => key }, path: [key] }));
}

export function conflictBetween(groups: readonly FieldGroup[], locales: readonly Locale[], base: RecordData, mine: RecordData, theirs: RecordData, theirVersion: number): VersionConflict {
  const leaves = [...leavesOf(groups, locales), { spec: { kind: 'codes', path: ['machineTranslated'], label: () => msg('Maschinell übersetzt', { id: 'records.machine.legend' }) }, path: ['machineTranslated'] } as FieldLeaf, ...uncoveredLeaves(groups, [mine, theirs])];
  const differences = leaves
    .filter((leaf) => !sameValue(readPath(mine, leaf.path), readPath(theirs, leaf.path)))
    .map((leaf) => ({ leaf, id: `conflict-${leaf.path.join('-')}`, choice: (sameValue(readPath(mine, leaf.path), readPath(base, leaf.path)) ? 'theirs' : 'mine') as Choice }));
  return { base, mine, theirs, theirVersion, differences };
}

/** The stored version with the person's choices applied: the draft of the next save. */
export function resolveConflict(conflict: VersionConflict): RecordData {
  return conflict.differences.reduce((data, d) => (d.choice === 'mine' ? writePath(data, d.leaf.path, readPath(conflict.mine, d.leaf.path)) : data), conflict.theirs);
}

function labelOf(leaf: FieldLeaf): string {
  return leaf.locale ? `${leaf.spec.label()} – ${languageName(leaf.locale)}` : leaf.spec.label();
}

function shown(leaf: FieldLeaf, value: unknown): TemplateResult {
  const text = leaf.spec.summarize || typeof value !== 'object' || value === null || Array.isArray(value) ? displayValue(leaf.spec, value) : JSON.stringify(value);
  return text ? html`<span lang=${leaf.locale ?? nothing}>${text}</span>` : html`<em>${msg('(leer)', { id: 'records.conflict.empty' })}</em>`;
}

export function renderConflict(conflict: VersionConflict, onChoose: (id: string, choice: Choice) => void, onSave: () => void): TemplateResult {
  return html`<section class="conflict" aria-labelledby="conflict-title">
    <h2 id="conflict-title" tabindex="-1">${msg('Jemand anderes hat den Eintrag inzwischen gespeichert', { id: 'records.conflict.title' })}</h2>
    <p class="measure">${msg('Ihre Änderungen sind nicht verloren. Wählen Sie für jedes Feld, welche Fassung gelten soll, und speichern Sie dann.', { id: 'records.conflict.intro' })}</p>
    ${conflict.differences.map(
      (d) => html`<fieldset class="wide conflict-field">
        <legend>${labelOf(d.leaf)}</legend>
        <div class="versions">
          <div>
            <p class="label">${msg('Ihre Fassung', { id: 'records.conflict.mine' })}</p>
            <p class="version" id=${`${d.id}-mine-text`}>${shown(d.leaf, readPath(conflict.mine, d.leaf.path))}</p>
          </div>
          <div>
            <p class="label">${msg('Inzwischen gespeichert', { id: 'records.conflict.theirs' })}</p>
            <p class="version" id=${`${d.id}-theirs-text`}>${shown(d.leaf, readPath(conflict.theirs, d.leaf.path))}</p>
          </div>
        </div>
        <div class="radios">
          <label class="radio"><input type="radio" name=${d.id} id=${`${d.id}-mine`} aria-describedby=${`${d.id}-mine-text`} .checked=${d.choice === 'mine'} @change=${() => onChoose(d.id, 'mine')} />${msg('Meine Fassung behalten', { id: 'records.conflict.keep-mine' })}</label>
          <label class="radio"><input type="radio" name=${d.id} id=${`${d.id}-theirs`} aria-describedby=${`${d.id}-theirs-text`} .checked=${d.choice === 'theirs'} @change=${() => onChoose(d.id, 'theirs')} />${msg('Gespeicherte Fassung übernehmen', { id: 'records.conflict.take-theirs' })}</label>
        </div>
      </fieldset>`,
    )}
    <div class="button-row"><button type="button" class="button" @click=${onSave}>${msg('Auswahl speichern', { id: 'records.conflict.save' })}</button></div>
  </section>`;
}

