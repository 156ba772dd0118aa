// Waiting for what a page has drawn, for tests in any window (a fixture's or a frame's).

/**
 * Resolves once `win` has drawn what it shows now (two animation frames): a
 * `<btw-share>` far from the viewport lays out on its first frame
 * (`content-visibility`), and a ResizeObserver reports in the frame after a render.
 */
export const drawn = (win: Window = window) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
