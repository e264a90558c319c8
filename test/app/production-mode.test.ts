import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');

/** What graphql-js decided when loaded after src/app/production-mode.ts, in a fresh process with `env`. */
function modeSeen(env: Record<string, string>): { nodeEnv: string; crossRealmCheck: boolean } {
  const probe = `
    require('./src/app/production-mode');
    const { GraphQLObjectType, isObjectType } = require('graphql');
    // A look-alike from "another copy" of graphql: only development mode inspects it and throws.
    const foreign = Object.create({ constructor: { name: 'GraphQLObjectType' } });
    foreign[Symbol.toStringTag] = 'GraphQLObjectType';
    let crossRealmCheck = false;
    try { isObjectType(foreign); } catch { crossRealmCheck = true; }
    console.log(JSON.stringify({ nodeEnv: process.env.NODE_ENV, crossRealmCheck }));
  `;
  const { NODE_ENV: _inherited, ...base } = process.env;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: root, env: { ...base, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { nodeEnv: string; crossRealmCheck: boolean };
}

describe('production mode', () => {
  it('is the default of the entry points: graphql skips its development-only cross-realm checks', () => {
    expect(modeSeen({})).toEqual({ nodeEnv: 'production', crossRealmCheck: false });
  });

  it('leaves a NODE_ENV the operator set alone', () => {
    expect(modeSeen({ NODE_ENV: 'development' })).toEqual({ nodeEnv: 'development', crossRealmCheck: true });
  });
});
