import type { Plugin } from "vite";

/**
 * public/open-early.js is a small classic script index.html loads async, beside the app's
 * module. On a personal link's page (/a/<token>) it starts the two things the first question
 * waits for while the app's own script is still on its way, instead of after that has loaded
 * and run: the questionnaire itself (take.open, as the exact request the app's tRPC client
 * would send; the client then takes this response instead of asking again, src/trpc.ts), and
 * the question form's chunk. A short code typed into the address (12 characters or fewer) is
 * left to the app (src/credential.ts); the front page needs neither. It is plain JavaScript in
 * public/ because Vite would merge a module script into the app's own entry; it is kept short
 * (it is fetched on every cold load) and the service worker precaches it with the rest.
 *
 * This plugin writes the question form chunk's address into index.html as
 * <meta name="skridt-question-form" content="/assets/question-form-….js">, so that
 * public/open-early.js can start loading it on a personal link's page right away (the front page
 * never needs it, so it is not a modulepreload for every page).
 */
export function firstQuestionPreload(): Plugin {
  return {
    name: "skridt-first-question-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((output) => output.type === "chunk" && output.isDynamicEntry && output.name === "question-form");
        if (!chunk) throw new Error("first-question-preload: no question-form chunk in the build (was it renamed?)");
        return [{ tag: "meta", attrs: { name: "skridt-question-form", content: `/${chunk.fileName}` }, injectTo: "head" }];
      },
    },
  };
}
