/**
 * Reads a Prometheus text exposition (what GET /metrics answers) into samples, so tests assert
 * exact values by name and labels.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key!] = value!.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

export class Scrape {
  constructor(readonly samples: Sample[]) {}

  static async of(origin: string): Promise<Scrape> {
    const response = await fetch(`${origin}/metrics`);
    if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
    return new Scrape(parseExposition(await response.text()));
  }

  /** The sum of every sample of `name` whose labels include `labels`. */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.samples
      .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
      .reduce((total, s) => total + s.value, 0);
  }

  /** Sums of `name` grouped by one label. */
  by(name: string, label: string, labels: Record<string, string> = {}): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.samples) {
      if (s.name !== name || !Object.entries(labels).every(([k, v]) => s.labels[k] === v)) continue;
      const key = s.labels[label] ?? '';
      out[key] = (out[key] ?? 0) + s.value;
    }
    return out;
  }

  /** Per-key difference `this − before` of `by(...)`, zero entries left out. */
  deltaBy(before: Scrape, name: string, label: string, labels: Record<string, string> = {}): Record<string, number> {
    const now = this.by(name, label, labels);
    const then = before.by(name, label, labels);
    const out: Record<string, number> = {};
    for (const key of new Set([...Object.keys(now), ...Object.keys(then)])) {
      const delta = (now[key] ?? 0) - (then[key] ?? 0);
      if (delta !== 0) out[key] = delta;
    }
    return out;
  }

  delta(before: Scrape, name: string, labels: Record<string, string> = {}): number {
    return this.sum(name, labels) - before.sum(name, labels);
  }
}
