/**
 * Component tests wait for the pane's asynchronous work; on a loaded 2-core CI machine one second
 * (Testing Library's default) is too short to tell "slow" from "never".
 */
if (typeof window !== "undefined") {
  require("@testing-library/react").configure({ asyncUtilTimeout: 5000 });
  // A test is several such waits in a row: with Jest's own 5 s limit, a slow but correct run failed
  // as "Exceeded timeout" before any wait could say what it was waiting for.
  jest.setTimeout(30_000);
}
