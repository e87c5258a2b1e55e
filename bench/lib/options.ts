/** Command-line options and the sizes of the two profiles (full, --quick). */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export const SECTIONS = ['sizes', 'browser', 'api', 'startup'] as const;
export type Section = (typeof SECTIONS)[number];

export const API_PARTS = ['latency', 'throughput', 'contention', 'memory', 'proxy'] as const;
export type ApiPart = (typeof API_PARTS)[number];

export interface Profile {
  quick: boolean;
  sections: Section[];
  backends: Array<'pglite' | 'postgres'>;
  /** Which measurements of the API part run (`--api-parts latency,contention`); all by default. */
  apiParts: ApiPart[];
  scale: { organizations: number; events: number; fundingPrograms: number };
  /** API on the musterkreis demo data instead of the scaled data (`--demo`): the foundation's own targets are set on it. */
  demoData: boolean;
  /** Rounds over each list of API query variants. */
  apiRounds: number;
  /** Seconds per autocannon run, and its connections. */
  loadSeconds: number;
  loadConnections: number;
  /** Concurrent booking requests for one slot, and how many slots. */
  contention: number;
  contentionRounds: number;
  /** Browser: repetitions of each first render, keystrokes per directory size. */
  renderRepetitions: number;
  keystrokes: number;
  directorySizes: number[];
  calendarSizes: number[];
  fundingPrograms: number;
  startupRepetitions: number;
}

export function readOptions(argv = process.argv.slice(2)): Profile {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      backends: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'api-parts': { type: 'string' },
    },
  });
  const quick = Boolean(values.quick);
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of only ?? []) if (!SECTIONS.includes(name as Section)) throw new Error(`--only: unknown section "${name}" (${SECTIONS.join(', ')})`);
  const apiParts = values['api-parts']?.split(',').map((s) => s.trim()).filter(Boolean) ?? [...API_PARTS];
  for (const name of apiParts) if (!API_PARTS.includes(name as ApiPart)) throw new Error(`--api-parts: unknown part "${name}" (${API_PARTS.join(', ')})`);
  const backends = (values.backends?.split(',') ?? ['pglite', 'postgres']).filter((b): b is 'pglite' | 'postgres' => b === 'pglite' || b === 'postgres');
  return {
    quick,
    sections: only ? (only as Section[]) : [...SECTIONS],
    backends,
    apiParts: apiParts as ApiPart[],
    demoData: Boolean(values.demo),
    scale: quick ? { organizations: 1_000, events: 750, fundingPrograms: 100 } : { organizations: 10_000, events: 7_500, fundingPrograms: 500 },
    apiRounds: quick ? 4 : 10,
    loadSeconds: quick ? 2 : 5,
    loadConnections: 10,
    contention: 200,
    contentionRounds: quick ? 1 : 2,
    renderRepetitions: quick ? 3 : 7,
    keystrokes: quick ? 20 : 50,
    directorySizes: [1_000, 10_000],
    calendarSizes: [200, 2_000],
    fundingPrograms: 500,
    startupRepetitions: quick ? 1 : 3,
  };
}
