/** Loads, on first use, the scripts the build emits beside taskpane.html outside the pane's budget (webpack.config.js). */

type AgencyFiles = typeof import("./agencyFilesEntry");
type RoundPanel = typeof import("./roundPanelEntry");

declare global {
  interface Window {
    chiTieuAgencyFiles?: AgencyFiles;
    chiTieuRoundPanel?: RoundPanel;
  }
}

/** The compilation's hash, which webpack puts in the bundle; undefined outside webpack (jest). */
declare const __webpack_hash__: string | undefined;

const loading = new Map<string, Promise<unknown>>();

function load<K extends "chiTieuAgencyFiles" | "chiTieuRoundPanel">(src: string, name: K): Promise<Window[K]> {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      // The scripts keep fixed names so the pane can find them: the build's hash in the query stops Office's
      // cache from serving last version's panel to this version's pane after an update.
      script.src = typeof __webpack_hash__ === "string" ? `${src}?v=${__webpack_hash__}` : src;
      script.onload = () => (window[name] ? resolve(window[name]) : reject(new Error(src)));
      script.onerror = () => {
        // A network hiccup: the next press tries again.
        loading.delete(src);
        reject(new Error(src));
      };
      document.head.appendChild(script);
    });
    loading.set(src, promise);
  }
  return promise as Promise<Window[K]>;
}

/** The round's .xlsx reader and writer (agencyFilesEntry.ts). */
export const loadAgencyFiles = () => load("agency-files.js", "chiTieuAgencyFiles") as Promise<AgencyFiles>;

/** The round's panel with its own React and Fluent UI (roundPanelEntry.tsx). */
export const loadRoundPanel = () => load("round-panel.js", "chiTieuRoundPanel") as Promise<RoundPanel>;
