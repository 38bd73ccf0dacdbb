import { authRouter } from "./router/auth";
import { organisationRouter } from "./router/organisation";
import { participantRouter } from "./router/participant";
import { programmeRouter } from "./router/programme";
import { surveyRouter } from "./router/survey";
import { takeRouter } from "./router/take";
import { userRouter } from "./router/user";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  organisation: organisationRouter,
  programme: programmeRouter,
  participant: participantRouter,
  user: userRouter,
  survey: surveyRouter,
  take: takeRouter,
});

export type AppRouter = typeof appRouter;
