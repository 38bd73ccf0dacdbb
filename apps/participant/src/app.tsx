import { credentialFromPath, rememberedCode } from "./credential";
import { Layout } from "./layout";
import { CODE_PATH } from "./pages/code-route";
import { LandingPage } from "./pages/landing-page";
import { NotFoundPage } from "./pages/not-found-page";
import { LinkProblemPage } from "./questionnaire/link-problem-page";
import { QuestionnairePage } from "./questionnaire/questionnaire-page";
import { usePath } from "./use-path";

export function App() {
  const [path, navigate] = usePath();
  const answer = /^\/a\/([^/]+)\/?$/.exec(path);
  let page;
  if (path === "/" || path === "/index.html") page = <LandingPage navigate={navigate} />;
  else if (answer?.[1]) {
    const credential = credentialFromPath(decodeURIComponent(answer[1]));
    page = <QuestionnairePage key={path} credential={credential} navigate={navigate} />;
  } else if (path === CODE_PATH) {
    const code = rememberedCode();
    page = code ? (
      <QuestionnairePage key={code} credential={{ code }} navigate={navigate} />
    ) : (
      <LinkProblemPage problem="noCode" onRetry={() => navigate("/")} navigate={navigate} />
    );
  } else page = <NotFoundPage navigate={navigate} />;
  return <Layout path={path}>{page}</Layout>;
}
