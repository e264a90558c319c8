import { generate, loadContext } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('test/generated (codegen output)', () => {
  it('is what `npm run codegen` generates from schema/schema.graphql and the examples', async () => {
    const context = await loadContext(join(root, 'codegen.yml'));
    context.cwd = root;
    const outputs = (await generate(context, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(resolve(root, output.filename), 'utf8'), output.filename).toBe(output.content);
    }
  }, 60_000);
});
