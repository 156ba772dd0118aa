// Sign-ups on a test page that loaded the kit (built, or the test build): shared
// by the bundle and e2e tests of <btw-signup>.
type Signup = HTMLElement & { updateComplete: Promise<unknown> };

/** Adds a <btw-signup> with these attributes to the page's <main>, rendered. */
export async function addSignup(frame: HTMLIFrameElement, attributes: Record<string, string>): Promise<Signup> {
  const doc = frame.contentDocument!;
  const el = doc.createElement('btw-signup') as Signup;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  doc.querySelector('main')!.append(el);
  await el.updateComplete;
  return el;
}

/** Records the page's console.error calls from now on. */
export function consoleErrors(frame: HTMLIFrameElement): string[] {
  const calls: string[] = [];
  const console = (frame.contentWindow as Window & typeof globalThis).console;
  const original = console.error;
  console.error = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return calls;
}

/** The kit's 2 s spam trap: a reader cannot submit sooner after the first render. */
export const pastSpamTrap = () => new Promise((resolve) => setTimeout(resolve, 2100));

/** Types the email and submits; resolves with the outcome event. */
export function submit(el: Signup, email: string): Promise<CustomEvent> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!;
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const done = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('btw-signup-success', resolve as EventListener, { once: true });
    el.addEventListener('btw-signup-error', resolve as EventListener, { once: true });
  });
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  return done;
}

export const alertOf = (el: Signup) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim();

export const log = async (origin: string, key: string) =>
  (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as { path: string; query: Record<string, string> }[];
