import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// The pane loads its settings and draft panels as lazy chunks; on a busy two-core CI
// machine the first one can take longer than Testing Library's 1 s default to arrive.
// A longer wait changes nothing for a test that passes, and a missing element still fails.
configure({ asyncUtilTimeout: 5_000 });

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
