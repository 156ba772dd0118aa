// Loaded on the test/pages/bundles-*.html pages, after record.js: says which of
// the kit's files defined each tag. A module imported again by the same URL is
// the same module, so its exported classes are the ones the page's script tags
// got; the file whose class a tag holds is the one that defined it.
window.__btwDefinedBy = async (files) => {
  const defined = {};
  for (const file of files) {
    const exports = await import(`/dist/${file}`);
    for (const [tag, name] of [
      ['btw-recommendation', 'BtwRecommendation'],
      ['btw-share', 'BtwShare'],
      ['btw-signup', 'BtwSignup'],
    ]) {
      if (exports[name] && customElements.get(tag) === exports[name]) defined[tag] = file;
    }
  }
  return defined;
};
