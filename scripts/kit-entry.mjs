// The bundle the site's pages load, read from dist/manifest.json. The manifest
// is either one entry ({ file, version, integrity, … }) or, with per-element
// bundles, { name, version, files: [{ file, elements, integrity, … }] }.
import { readFileSync } from 'node:fs';

export function kitEntry(dir = 'dist', file = 'btw.js') {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const entry = manifest.files ? manifest.files.find((item) => item.file === file) : manifest.file === file && manifest;
  if (!entry?.integrity) throw new Error(`site: ${dir}/manifest.json has no integrity for ${file}`);
  return {
    version: manifest.version ?? version,
    file,
    integrity: entry.integrity,
    files: manifest.files?.map((item) => item.file) ?? [file],
  };
}
