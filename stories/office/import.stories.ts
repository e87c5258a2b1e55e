import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { click, deepQuery, deepQueryAll, waitFor } from './office-dom.js';
import { at, inEnglish, renderOffice, then, type OfficeStoryParameters } from './office-story.js';

/**
 * The office mocks answer by file name, as the server read the fixture files
 * of tests/fixtures/import; the story puts a file of that name where the
 * operating system's file dialog would.
 */
function chooseFile(name: string) {
  return async () => {
    const input = await waitFor(() => deepQuery<HTMLInputElement>('#import-file'), 'the file field');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['(the mocks answer by file name)'], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
}

const until = (check: () => unknown, what: string) => async () => void (await waitFor(check, what));
const screen = at('import', () => deepQuery('#import-file'), 'the import screen');
const rows = (n: number) => () => deepQueryAll('.import-row').length === n;

const meta = {
  title: 'Office/Import',
  render: renderOffice,
  parameters: { office: { signedIn: true } satisfies OfficeStoryParameters },
  play: screen,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Step 1: choose an Excel or CSV file. */
export const ChooseFile: Story = {};
/** "Vorschau" without a file. */
export const MissingFile: Story = { play: then(screen, () => click('#import-preview'), until(() => deepQuery('#import-file-error'), 'the missing file')) };
/** Step 2: the preview: the columns as read, values to decide, duplicates to merge or skip, each row. */
export const Preview: Story = { play: then(screen, chooseFile('mo-liste-buero.xlsx'), () => click('#import-preview'), until(rows(4), 'four rows')) };
/** Rows with errors block the import, with a summary. */
export const RowErrors: Story = {
  play: then(
    screen,
    chooseFile('mo-liste-mit-fehlern.csv'),
    () => click('#import-preview'),
    until(rows(3), 'three rows'),
    () => click('#import-confirm'),
    until(() => deepQuery('.error-summary'), 'the error summary'),
  ),
};
/** A file that cannot be read is explained; the chosen file stays. */
export const UnreadableFile: Story = { play: then(screen, chooseFile('notizen.txt'), () => click('#import-preview'), until(() => deepQuery('.error-summary'), 'the error summary')) };
/** In English: the preview. */
export const English: Story = { ...inEnglish, play: then(screen, chooseFile('mo-liste-buero.xlsx'), () => click('#import-preview'), until(rows(4), 'four rows')) };
