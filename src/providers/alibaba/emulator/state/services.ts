import type { RegionState } from './region';

/** What the family modules need from the whole emulator: ids, time, asynchrony and the other regions. */
export interface StateServices {
  newId(prefix: string, length?: number): string;
  now(): string;
  mac(): string;
  nextPublicIp(): string;
  /** Runs a state transition once the transitional status has lasted `asyncDelayMs` on the emulator clock. */
  later(apply: () => void): void;
  /** Regions of an account other than `region`, for "not in the same region" answers. */
  otherRegions(account: string, region: string): RegionState[];
}
