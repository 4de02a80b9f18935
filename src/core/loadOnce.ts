// A load (a chunk, usually) started once and shared: every caller gets the same promise
// while it runs and once it has succeeded. A load that fails is forgotten, so the next
// call tries again: a network hiccup on a chunk is not kept as a failure.

export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = null;
      });
    }
    return pending;
  };
}
