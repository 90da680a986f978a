/**
 * Component tests wait for the pane's asynchronous work; on a loaded 2-core CI machine one second
 * (Testing Library's default) is too short to tell "slow" from "never".
 */
if (typeof window !== "undefined") {
  require("@testing-library/react").configure({ asyncUtilTimeout: 5000 });
}
