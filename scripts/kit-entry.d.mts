export function kitEntry(
  dir?: string,
  file?: string,
): { version: string; file: string; integrity: string; files: string[] };
