// Runs first on every benchmark page (a classic script in <head>): records when
// the first and the last widget became usable, every long task and layout shift.
(() => {
  const probe = (window.__probe = { first: null, last: null, longTasks: [], cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // an engine without these entry types: figures stay empty
  }
  const ready = window.__ready;
  const poll = () => {
    const now = performance.now();
    if (probe.first === null && ready('first')) probe.first = now;
    if (probe.first !== null && probe.last === null && ready('last')) probe.last = now;
    if (probe.last === null) setTimeout(poll, 0);
  };
  poll();
})();
