/** jsdom lacks a few browser APIs Fluent UI uses; these stand in for them in component tests. */
if (typeof window !== "undefined") {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= ResizeObserverStub;
  w.matchMedia ??= () => ({
    matches: false,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
  });
  // Every browser Office runs in has TextDecoder (the zip directory's part names are decoded with it); jsdom does not.
  w.TextDecoder ??= (require("util") as typeof import("util")).TextDecoder;
}
