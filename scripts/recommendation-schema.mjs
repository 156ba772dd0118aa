// `npm run schema`: writes schema/recommendation.v1.json from the valibot schema
// in src/components/recommendation/document.schema.ts (bundled on the fly with esbuild).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['src/components/recommendation/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
mkdirSync('schema', { recursive: true });
writeFileSync('schema/recommendation.v1.json', `${JSON.stringify(module.recommendationJsonSchema(), null, 2)}\n`);
console.log('schema: wrote schema/recommendation.v1.json');
