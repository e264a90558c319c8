import { parseConfig } from '../../src/config/load';

/** The smallest valid accounts entry: one Alibaba account in one region. */
export const account = { provider: 'ALIBABA', account: 'prod', regions: ['cn-hangzhou'], credentials: { accessKeyId: 'id', accessKeySecret: 's' } };

/** The configuration of `account` with `extra` keys, parsed as a config file would be. */
export const parse = (extra: Record<string, unknown>) => parseConfig({ accounts: [account], ...extra }, 'test', {});

/** Why `parse(extra)` refuses the configuration (fails the test when it accepts it). */
export const problem = (extra: Record<string, unknown>): string => {
  try {
    parse(extra);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};
