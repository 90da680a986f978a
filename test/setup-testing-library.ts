/**
 * Component tests wait for the pane's asynchronous work; on a loaded 2-core CI machine one second
 * (Testing Library's default) is too short to tell "slow" from "never". A test is several such waits in a row:
 * Jest's own limit is raised for every test in jest.config.js.
 */
if (typeof window !== "undefined") {
  require("@testing-library/react").configure({ asyncUtilTimeout: 5000 });
}
