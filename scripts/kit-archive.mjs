// The site's kit/ folder is append-only: a pasted snippet pins
// kit/<version>/<file> with an SRI hash, so every released version must stay
// online, byte for byte, for as long as pages embed it.
//
// Released versions live in the kit archive (kit-archive/<version>/, committed with
// the release; BTW_KIT_ARCHIVE names another folder, such as a copy of the deployed
// site's kit/ or the dist/ files of the published npm tarballs). Every site build
// copies each archived version into site/kit/<version>/ as it is, then writes the
// current version; if the archive already holds the current version, every file
// must be identical, or the build fails: a released version never changes, a
// change needs a new version. `--release` adds the current version to the archive.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The versions an archive holds (its folders). */
export const archivedVersions = (archive) =>
  existsSync(archive)
    ? readdirSync(archive, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];

/** The files of the current version that differ from the archive's copy (none when it is not archived). */
export function changedFiles(archive, version, dir, files) {
  const kept = join(archive, version);
  if (!existsSync(kept)) return [];
  return files.filter(
    (file) => existsSync(join(kept, file)) && !readFileSync(join(kept, file)).equals(readFileSync(join(dir, file))),
  );
}

/**
 * Writes site/kit/: every archived version as it is, then the current one from
 * `dist` (its `files`). Throws, writing nothing of the current version, when a
 * file of an archived version would change.
 */
export function publishKit({ dist, files, version, kitDir, archive, release = false }) {
  const changed = changedFiles(archive, version, dist, files);
  if (changed.length) {
    throw new Error(
      `kit/${version}/ is released and must not change, but ${changed.join(', ')} differ from ${join(archive, version)}/. ` +
        'Snippets pin these files with an SRI hash: give this build a new version in package.json.',
    );
  }
  const versions = archivedVersions(archive);
  for (const old of versions) copyAll(join(archive, old), join(kitDir, old), filesIn(join(archive, old)));
  copyAll(dist, join(kitDir, version), files);
  // The archive's own copy wins for the files it holds (identical, checked above).
  if (versions.includes(version))
    copyAll(join(archive, version), join(kitDir, version), filesIn(join(archive, version)));
  if (release) copyAll(dist, join(archive, version), files);
  return { versions: [...new Set([...versions, version])].sort() };
}

/** Every file below `dir`, as paths relative to it (locales/fr.json). */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1));

function copyAll(from, to, files) {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(join(from, file), join(to, file));
  }
}
