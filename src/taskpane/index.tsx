/** The task pane's entry: waits for Office, then renders the pane. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";
import catalogueFile from "../../assets/catalogues/lang-son-2024.json";

declare global {
  interface Window {
    chiTieuUnsupported?: boolean;
  }
}

function Pane() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">Chỉ tiêu {catalogueFile.year}</Title3>
        <Body1 as="p">
          Quyết định {catalogueFile.decision.number} ngày {catalogueFile.decision.date.split("-").reverse().join("/")}
        </Body1>
      </main>
    </FluentProvider>
  );
}

if (!window.chiTieuUnsupported) {
  const start = () => createRoot(document.getElementById("root") as HTMLElement).render(<Pane />);
  if (typeof Office !== "undefined") Office.onReady(start);
  else start();
}
