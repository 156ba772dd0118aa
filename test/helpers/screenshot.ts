import { executeServerCommand } from '@web/test-runner-commands';

/** Saves what the test page shows as test-results/<browser>-<name>.png; returns the path. */
export const screenshot = (name: string) => executeServerCommand('btw-screenshot', { name }) as Promise<string>;
