// After `tsc -p tsconfig.build.json` wrote dist/types/, gives the bundle its
// declaration file beside it: dist/btw.d.ts (element classes, tag and event maps,
// the recommendation document type).
import { writeFileSync } from 'node:fs';

writeFileSync(
  'dist/btw.d.ts',
  "// Types of dist/btw.js. Importing it also declares the kit's tags and events globally.\nexport * from './types/index.js';\n",
);
