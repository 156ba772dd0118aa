// After `tsc -p tsconfig.build.json` wrote dist/types/, gives each bundle its
// declaration file beside it: dist/btw.d.ts (element classes, tag and event maps,
// the recommendation document type) and dist/btw-<element>.d.ts for the
// per-element bundles (their classes, tags and events).
import { existsSync, writeFileSync } from 'node:fs';

writeFileSync(
  'dist/btw.d.ts',
  "// Types of dist/btw.js. Importing it also declares the kit's tags and events globally.\nexport * from './types/index.js';\n",
);
for (const element of ['share', 'signup', 'recommendation']) {
  const entry = `types/btw-${element}`;
  if (!existsSync(`dist/${entry}.d.ts`)) continue;
  writeFileSync(
    `dist/btw-${element}.d.ts`,
    `// Types of dist/btw-${element}.js. Importing it also declares its tags and events globally.\nexport * from './${entry}.js';\n`,
  );
}
