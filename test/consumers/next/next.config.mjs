// The smallest Next.js 16 app-router app with the kit, in a folder of its own:
// built, started and run in dev by test/package/ssr.test.ts (server-side rendering
// must not load the elements; hydration must leave no warning).
export default {
  images: { unoptimized: true },
};
