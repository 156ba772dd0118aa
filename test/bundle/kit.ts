/** What the built kit defines: each element's issue adds its tag. */
export const KIT_TAGS: string[] = ['btw-recommendation', 'btw-share', 'btw-signup'];

/** Loads a page of test/pages in an iframe and waits until its scripts ran. */
export async function openPage(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${name}`;
  document.body.append(frame);
  await loaded;
  // Module scripts run before `load`; give their microtasks a turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame;
}

/** What test/pages/record.js saw on the page. */
export interface PageRecord {
  errors: string[];
  loaded: string[];
  violations: string[];
}

export const recordOf = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as unknown as { __btw: PageRecord }).__btw;
