/** Collects the figures of every part, prints them as one table, writes bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Row {
  section: string;
  measure: string;
  /** Our figure (median, or the only value). */
  value: string;
  /** Spread: percentiles or min–max. */
  spread?: string;
  /** The anchor or limit, side by side. */
  anchor?: string;
  /** ours / anchor. */
  ratio?: string;
  /** Raw numbers for results.json. */
  data?: unknown;
}

export class Report {
  readonly rows: Row[] = [];
  readonly notes: string[] = [];
  private readonly startedAt = new Date();
  private readonly loadAtStart = loadavg()[0]!;

  add(row: Row) {
    this.rows.push(row);
    return row;
  }

  /** A figure that cannot be taken (widget not built yet, no PostgreSQL binaries, an error). */
  missing(section: string, measure: string, reason: string) {
    this.rows.push({ section, measure, value: reason });
  }

  note(text: string) {
    this.notes.push(text);
  }

  print(out: (line: string) => void = console.log) {
    const headers = ['section', 'measure', 'ours (median)', 'spread', 'anchor / limit', 'ratio'];
    const cells = this.rows.map((r) => [r.section, r.measure, r.value, r.spread ?? '', r.anchor ?? '', r.ratio ?? '']);
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
    out(line(headers));
    out(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const c of cells) out(line(c));
    for (const n of this.notes) out(`- ${n}`);
  }

  write(path: string, meta: Record<string, unknown>) {
    const body = {
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage1mAtStart: this.loadAtStart, loadAverage1mAtEnd: loadavg()[0] },
      node: process.version,
      ...meta,
      rows: this.rows,
      notes: this.notes,
    };
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  }
}

export const resultsPath = (root: string) => join(root, 'bench/results.json');
