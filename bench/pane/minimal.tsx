/** `npm run bench:pane`: the yardstick pane, one FluentProvider, one Button, one Text, nothing of ours. */
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("pane") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Text as="h1">Chỉ tiêu 2024</Text>
    <Button appearance="primary">Kiểm tra</Button>
  </FluentProvider>
);
