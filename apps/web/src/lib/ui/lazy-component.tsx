import { lazy, type ComponentType } from 'react';

/** A component whose code is downloaded on first use, with a way to start the download early. */
export type LazyComponent<P extends object> = {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
};

/**
 * Wraps `load` (a dynamic import) so the first render suspends until the code has arrived
 * (issue 15 item 5), and every render after that — or after `preload` finished — renders the
 * component at once, without a fallback flashing in between.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  // A failed download (e.g. a new release replaced the file) is tried again on the next use.
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return { Component, preload };
}
