// A chunk's load shared by every caller, and tried again after a failure (a network hiccup).
import { loadOnce } from "../../src/core/loadOnce";

test("every caller gets the one load while it runs and once it has succeeded", async () => {
  const load = jest.fn(() => Promise.resolve("catalog"));
  const shared = loadOnce(load);
  const first = shared();
  expect(shared()).toBe(first);
  await expect(first).resolves.toBe("catalog");
  expect(shared()).toBe(first);
  expect(load).toHaveBeenCalledTimes(1);
});

test("a load that failed is forgotten: the next call tries again, and callers of the failed one see its error", async () => {
  const load = jest.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValueOnce("catalog");
  const shared = loadOnce(load as () => Promise<string>);
  const failed = shared();
  expect(shared()).toBe(failed);
  await expect(failed).rejects.toThrow("chunk failed");
  await expect(shared()).resolves.toBe("catalog");
  expect(load).toHaveBeenCalledTimes(2);
});
