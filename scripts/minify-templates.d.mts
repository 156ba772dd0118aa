export function minifyCss(text: string): string;
export function minifyTemplates(code: string): string;
export function minifyTemplatesPlugin(): {
  name: string;
  apply: 'build';
  transform(code: string, id: string): { code: string; map: null } | null;
};
