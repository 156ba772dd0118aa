/** What the built kit defines: each element's issue adds its tag. */
export const KIT_TAGS: string[] = ['btw-recommendation', 'btw-share', 'btw-signup'];

/** Loads a page of test/pages in an iframe and waits until its scripts ran. */
export async function openPage(name: string, { width = 800, height = 600 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${name}`;
  document.body.append(frame);
  await loaded;
  // Module scripts run before `load`: each one has loaded (or failed) by now, as record.js saw it.
  const pending = () =>
    [...frame.contentDocument!.querySelectorAll<HTMLScriptElement>('script[src]')]
      .map(({ src }) => new URL(src))
      .filter(
        (url) =>
          !recordOf(frame).loaded.includes(url.pathname + url.search) &&
          !recordOf(frame).errors.includes(`failed to load ${url.href}`),
      )
      .map(String);
  for (let waited = 0; pending().length; waited += 20) {
    if (waited > 5000)
      throw new Error(`${name}: these scripts neither loaded nor failed within 5 s: ${pending().join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return frame;
}

/** What test/pages/record.js saw on the page. */
export interface PageRecord {
  errors: string[];
  loaded: string[];
  violations: string[];
}

export const recordOf = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __btw: PageRecord }).__btw;

type Kit = HTMLElement & { updateComplete?: Promise<unknown> };

/** The kit's elements in a page, once each has rendered what a reader uses. */
export async function kitReady(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const get = (tag: string) => doc.querySelector(tag) as Kit | null;
  const ready = () => {
    const rec = get('btw-recommendation')?.shadowRoot?.querySelector('[part~="title"]');
    const share = get('btw-share')?.shadowRoot?.querySelector('a[href]');
    const signup = get('btw-signup')?.shadowRoot?.querySelector('input[type="email"]');
    return Boolean(rec && share && signup);
  };
  for (let waited = 0; !ready(); waited += 20) {
    if (waited > 8000) throw new Error('the kit did not render within 8 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    recommendation: get('btw-recommendation')!,
    share: get('btw-share')!,
    signup: get('btw-signup')!,
  };
}
