/** The pane's second script (later.ts), asked for when the browser is first idle after the pane's first paint. */

import { useEffect, useState } from "react";

export type Later = typeof import("./later");

/**
 * Undefined until the script has come. In Excel the first idle moment is while the pane waits for the workbook's
 * first read, so the script arrives during that wait; in the preview, right after the headline is drawn.
 */
export function useLater(onError: (error: Error) => void): Later | undefined {
  const [later, setLater] = useState<Later | undefined>();
  useEffect(() => {
    let live = true;
    const load = () =>
      void import(/* webpackChunkName: "later" */ "./later").then(
        (module) => live && setLater(module),
        (error: Error) => live && onError(error)
      );
    const idle = window.requestIdleCallback?.(load, { timeout: 1000 });
    const timer = idle === undefined ? window.setTimeout(load) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
    // Once, when the pane opens.
  }, []);
  return later;
}
