// The React snippets of docs/guides/frameworks.md, as written there.
import { useEffect, useRef, useState } from 'react';
import type { BtwShare } from 'beyond-the-wall-widgets';
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
