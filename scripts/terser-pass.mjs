// A last minification pass over the kit's bundle with terser, after rolldown's own
// (oxc) minifier: oxc then terser is smaller than either alone (see BENCHMARKS.md).
// It also writes the licence banner, which rolldown's minifier drops, and carries
// the source map through. terser is the version already in the lock file (Vite's
// optional peer, installed for rollup-plugin-summary).
import { minify } from 'terser';

/** @param {{ banner?: string }} options */
export function terserPass({ banner = '' } = {}) {
  return {
    name: 'btw-terser-pass',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapFile = bundle[`${chunk.fileName}.map`];
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2022,
          // keep_fargs: false drops unused trailing parameters: nothing in the bundle
          // (Lit or ours) reads a function's `length`. sequences: false leaves
          // statements unjoined by commas: the same code, and it gzips smaller here. A
          // third pass finds a little more (btw.js −11 B gzip); a fourth only 3 B.
          compress: { passes: 3, keep_fargs: false, sequences: false },
          mangle: true,
          format: { comments: false, preamble: banner },
          sourceMap: chunk.map ? { content: chunk.map, asObject: true } : false,
        });
        // The source map comment is a comment too: keep it.
        const mapComment = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        chunk.code = result.code + mapComment;
        if (chunk.map && result.map) {
          // terser lists the sources in its own order: look their contents up by name.
          const { sources, sourcesContent = [] } = chunk.map;
          const content = (source) => sourcesContent[sources.indexOf(source)] ?? null;
          const map = { ...result.map, file: chunk.map.file, sourcesContent: result.map.sources.map(content) };
          chunk.map = Object.assign(chunk.map, map);
          if (mapFile?.type === 'asset') mapFile.source = JSON.stringify(map);
        }
      }
    },
  };
}
