import { describe, expect, it } from 'vitest';
import { ApiKeyVerifier, hashApiKey } from '../../src/auth/api-keys';

describe('API keys', () => {
  it('stores the hex SHA-256 of the key', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('finds the principal whose stored hash is the key\'s, and nobody for another key', () => {
    const grants = [{ scope: 'read' as const, providers: ['*'], accounts: ['*'], regions: ['*'] }];
    const verifier = new ApiKeyVerifier([
      { id: 'one', sha256: hashApiKey('key-one'), grants },
      { id: 'two', sha256: hashApiKey('key-two'), grants },
    ]);
    expect(verifier.verify('key-two')).toEqual({ id: 'two', kind: 'apiKey', grants });
    expect(verifier.verify('key-three')).toBeUndefined();
    expect(verifier.verify(hashApiKey('key-one'))).toBeUndefined();
  });
});
