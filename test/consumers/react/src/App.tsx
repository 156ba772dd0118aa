// React 19 + Vite with the package's JSX types (tsconfig `types`), as
// docs/guides/frameworks.md shows them: checked by `tsc -b` (strict) and built by
// `vite build` in an app of its own (test/package/consumers.test.ts).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BtwRecommendation, BtwSignup, RecommendationDocument } from 'beyond-the-wall-widgets';
import 'beyond-the-wall-widgets';

const doc: RecommendationDocument = {
  schemaVersion: 1,
  id: 'root-causes',
  url: 'https://example.org/beyond-the-wall/root-causes',
  defaultLocale: 'en',
  locales: {
    en: { title: 'Root causes', summary: 'Why families leave.', actions: [{ title: 'Write to your representative' }] },
  },
};

export function App() {
  const [joined, setJoined] = useState(false);
  const [network, setNetwork] = useState('');
  // A ref, for listening where React does not attach `onbtw-*` props (server-rendered pages).
  const signup = useRef<BtwSignup>(null);
  const input = useRef<HTMLInputElement>(null);
  const recommendation = useRef<BtwRecommendation>(null);
  const [loaded, setLoaded] = useState(false);
  // A listener added in an effect may come after the load: `state` says what it missed.
  useEffect(() => {
    const element = recommendation.current;
    if (!element) return;
    const onLoad = () => setLoaded(true);
    element.addEventListener('btw-recommendation-load', onLoad);
    void element.updateComplete.then(() => element.state === 'ready' && onLoad());
    return () => element.removeEventListener('btw-recommendation-load', onLoad);
  }, []);
  useEffect(() => {
    const element = signup.current;
    const onError = (event: HTMLElementEventMap['btw-signup-error']) => console.warn(event.detail.error.message);
    element?.addEventListener('btw-signup-error', onError);
    return () => element?.removeEventListener('btw-signup-error', onError);
  }, []);
  return (
    <>
      <btw-share
        url="https://example.org/beyond-the-wall/root-causes"
        networks="whatsapp email copy"
        onbtw-share={(event) => setNetwork(`${event.target.tagName.toLowerCase()}: ${event.detail.network}`)}
      />
      <btw-signup ref={signup} action="/api/signup" consent onbtw-signup-success={() => setJoined(true)} />
      <btw-recommendation
        src="/recommendations/root-causes.json"
        variant="full"
        onbtw-recommendation-error={(event) => console.warn(event.detail.error.message)}
      />
      <p>{joined ? `Thank you (${network})` : null}</p>
      <btw-recommendation ref={recommendation} document={doc} variant="full" />
      {loaded && <p>Loaded</p>}
      {/* @ts-expect-error: the document property takes a document object, not its JSON text */}
      <btw-recommendation document={JSON.stringify(doc)} />
      {/* @ts-expect-error: state is read-only, not a prop */}
      <btw-recommendation state="ready" />
      {/* What every element takes: global attributes, aria-*, data-*, DOM events typed by the element. */}
      <btw-share
        id="share"
        lang="es"
        dir="ltr"
        title="Share"
        hidden={false}
        slot="aside"
        role="region"
        tabIndex={-1}
        aria-label="Share this page"
        data-track="share"
        className="share"
        suppressHydrationWarning
        onClick={(event) => setNetwork(event.currentTarget.networks)}
      />
      <btw-signup ref={(element) => element?.addEventListener('btw-signup-success', () => setJoined(true))} />
      {/* @ts-expect-error: a ref of another element's type */}
      <btw-signup ref={input} />
      {/* @ts-expect-error: a misspelled global attribute */}
      <btw-share tittle="Share" />
      {/* @ts-expect-error: a misspelled DOM event */}
      <btw-share onClik={() => setJoined(true)} />
      {/* @ts-expect-error: a misspelled React prop */}
      <btw-share suppressHydrationWarnings />
      {/* @ts-expect-error: a click is a MouseEvent, not a KeyboardEvent */}
      <btw-share onClick={(event: KeyboardEvent) => setNetwork(event.key)} />
      {/* @ts-expect-error: a misspelled attribute */}
      <btw-share netwroks="email" />
      {/* @ts-expect-error: a misspelled event prop (React's camelCase habit) */}
      <btw-share onBtwShare={() => setJoined(true)} />
      {/* @ts-expect-error: TypeScript lets any name with a dash through, but then `event` is `any` */}
      <btw-share onbtw-shares={(event) => setNetwork(event.detail.network)} />
      {/* @ts-expect-error: the detail of btw-copy has no `network` */}
      <btw-share onbtw-copy={(event) => setNetwork(event.detail.network)} />
    </>
  );
}
