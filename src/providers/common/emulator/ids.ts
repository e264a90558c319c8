/**
 * Deterministic ids for the emulators: the same seed gives the same ids in the same order, so
 * tests and demo data are reproducible (moto #8089 is what happens otherwise).
 */
export class SeededIds {
  private state: number;

  constructor(readonly seed: number = 1) {
    this.state = seed >>> 0 || 1;
  }

  /** mulberry32: small, fast, good enough for ids. */
  random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  string(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.random() * alphabet.length)];
    return out;
  }

  hex(length: number): string {
    return this.string(length, '0123456789abcdef');
  }

  /** An RFC 4122 version-4 shaped UUID. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[Math.floor(this.random() * 4)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** Upper-case UUID, the shape of Alibaba request ids. */
  requestId(): string {
    return this.uuid().toUpperCase();
  }

  mac(prefix = '00:16:3e'): string {
    const bytes = Array.from({ length: 3 }, () => this.hex(2));
    return `${prefix}:${bytes.join(':')}`;
  }
}
