import { Layout } from "./layout";
import { AnswerPage } from "./pages/answer-page";
import { LandingPage } from "./pages/landing-page";
import { NotFoundPage } from "./pages/not-found-page";
import { usePath } from "./use-path";

export function App() {
  const [path, navigate] = usePath();
  const answer = /^\/a\/([^/]+)\/?$/.exec(path);
  let page;
  if (path === "/" || path === "/index.html") page = <LandingPage navigate={navigate} />;
  else if (answer?.[1]) page = <AnswerPage code={decodeURIComponent(answer[1])} navigate={navigate} />;
  else page = <NotFoundPage navigate={navigate} />;
  return <Layout path={path}>{page}</Layout>;
}
