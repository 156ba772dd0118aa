import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates media features, e.g. `{ 'forced-colors': 'active' }`; `{}` resets them. */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('btw-emulate-media', features);
}
