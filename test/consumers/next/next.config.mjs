// The smallest Next.js 16 app-router app with the kit: built and started by
// test/package/next.test.ts (server-side rendering must not load the elements).
export default {
  // No telemetry, no image service: this app is built offline.
  images: { unoptimized: true },
};
