import { z } from 'zod';
import { unknownKeysMessage } from './suggest';

/**
 * An object that rejects keys it does not declare, naming the closest declared one: a misspelled
 * key (`cahce`, `maxAtempts`) would otherwise be ignored silently and its default used instead.
 * Every object of the configuration is built with it. (Its own module so the blocks declared
 * beside the schema, such as ./auth, use it without an import cycle.)
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}
