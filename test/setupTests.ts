import "@testing-library/jest-dom";

// jsdom has no layout engine, so no ResizeObserver; Fluent's MessageBar observes its own size.
// Browsers (and the browser tests) have the real one.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}
