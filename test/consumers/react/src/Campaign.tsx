// The React snippets of docs/guides/frameworks.md, as written there.
import { useEffect, useRef, useState } from 'react';
import type { BtwRecommendation, BtwShare, RecommendationDocument } from 'beyond-the-wall-widgets';
import 'beyond-the-wall-widgets';

export function Campaign() {
  const [joined, setJoined] = useState(false);
  return (
    <>
      <btw-share
        url="https://example.org/beyond-the-wall/root-causes"
        networks="whatsapp email copy"
        onbtw-share={(event) => console.log(event.detail.network)}
      />
      <btw-signup action="/api/signup" consent onbtw-signup-success={() => setJoined(true)} />
      {joined && <p>Thank you!</p>}
    </>
  );
}

export function ServerRendered() {
  const share = useRef<BtwShare>(null); // import type { BtwShare } from 'beyond-the-wall-widgets'
  useEffect(() => {
    const element = share.current;
    const onShare = (event: HTMLElementEventMap['btw-share']) => console.log(event.detail.network);
    element?.addEventListener('btw-share', onShare);
    return () => element?.removeEventListener('btw-share', onShare);
  }, []);
  return <btw-share ref={share} networks="whatsapp email copy" />;
}

export function Recommendation({ doc }: { doc: RecommendationDocument }) {
  const recommendation = useRef<BtwRecommendation>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const element = recommendation.current;
    if (!element) return;
    const onLoad = () => setLoaded(true);
    element.addEventListener('btw-recommendation-load', onLoad);
    // Loaded already? `state` says so once the element has rendered.
    void element.updateComplete.then(() => element.state === 'ready' && onLoad());
    return () => element.removeEventListener('btw-recommendation-load', onLoad);
  }, []);
  return (
    <>
      <btw-recommendation ref={recommendation} document={doc} variant="full" />
      {loaded && <p>Thank you for reading.</p>}
    </>
  );
}
