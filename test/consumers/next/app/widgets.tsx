'use client';
// A client component, as docs/guides/frameworks.md shows it. Next.js also renders it
// on the server, where the import must define nothing. React 19 does not attach
// `onbtw-*` props while it hydrates server-rendered HTML (facebook/react#35446), so
// a server-rendered component listens with a ref and addEventListener.
import { useEffect, useRef, useState } from 'react';
import type { BtwRecommendation, BtwShare } from 'beyond-the-wall-widgets';
import 'beyond-the-wall-widgets';

export function Widgets() {
  const share = useRef<BtwShare>(null);
  const recommendation = useRef<BtwRecommendation>(null);
  const [network, setNetwork] = useState('');
  const [loaded, setLoaded] = useState('');

  useEffect(() => {
    const element = share.current;
    if (!element) return;
    const onShare = (event: HTMLElementEventMap['btw-share']) => {
      event.preventDefault();
      setNetwork(`${event.detail.network} (${event.target instanceof HTMLElement ? event.target.tagName : ''})`);
    };
    element.addEventListener('btw-share', onShare);
    return () => element.removeEventListener('btw-share', onShare);
  }, []);

  useEffect(() => {
    const element = recommendation.current;
    const onLoad = (event: HTMLElementEventMap['btw-recommendation-load']) => setLoaded(event.detail.id);
    element?.addEventListener('btw-recommendation-load', onLoad);
    return () => element?.removeEventListener('btw-recommendation-load', onLoad);
  }, []);

  return (
    <>
      <btw-share ref={share} url="https://example.org/beyond-the-wall/root-causes" networks="whatsapp email copy" />
      <btw-signup action="/api/signup" consent />
      <btw-recommendation ref={recommendation} src="/recommendations/root-causes.json" />
      <p id="shared">{network && `Shared on ${network}`}</p>
      <p id="loaded">{loaded}</p>
    </>
  );
}
