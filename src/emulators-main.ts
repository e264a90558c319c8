import { startEmulators } from './app/emulators';
import { ConfigError, loadConfig } from './config/load';

/** `npm run emulators`: the provider emulators alone, on their fixed ports, seeded with demo data. */
async function main(): Promise<void> {
  const config = loadConfig();
  const emulators = await startEmulators(config);
  if (!emulators.alibaba && !emulators.huawei) {
    console.error('netplane: no account in the configuration uses endpoint "emulator"; nothing to start');
    process.exit(1);
  }
  // Before the ready line: whoever waits for it may signal at once.
  const stop = () => {
    void emulators.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(
    `netplane emulators ready: ` +
      [emulators.alibaba && `alibaba ${emulators.alibaba.url}`, emulators.huawei && `huawei ${emulators.huawei.url}`]
        .filter(Boolean)
        .join(', ') +
      ` (control API under /_emulator/)`,
  );
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError || (err instanceof Error && /already in use/.test(err.message)) ? err.message : undefined;
  if (message) console.error(`netplane: ${message}`);
  else console.error('netplane emulators failed to start:', err);
  process.exit(1);
});
