import "@skridt/ui/styles.css";
import "@skridt/questionnaire/styles.css";
import "./styles/app.css";
import "./i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { offlineCopy } from "./offline/offline-copy";
import { registerServiceWorker } from "./offline/register-service-worker";
import { timelineCopy } from "./timeline/timeline-copy";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

offlineCopy.prune();
timelineCopy.prune();
registerServiceWorker();
