// Runs first on every benchmark page (a classic script in <head>): records when
// the first and the last widget became usable, every long task and layout shift,
// the first paint, and when <btw-share> was defined (to show the module arrived
// after the page was first painted).
(() => {
  const probe = (window.__probe = { first: null, last: null, longTasks: [], cls: 0, paint: null, defined: null });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.paint ??= entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // an engine without these entry types: figures stay empty
  }
  customElements.whenDefined('btw-share').then(() => (probe.defined = performance.now()));
  const ready = window.__ready;
  const poll = () => {
    const now = performance.now();
    if (probe.first === null && ready('first')) probe.first = now;
    if (probe.first !== null && probe.last === null && ready('last')) probe.last = now;
    if (probe.last === null) setTimeout(poll, 0);
  };
  poll();
})();
