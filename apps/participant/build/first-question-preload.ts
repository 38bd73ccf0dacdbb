import type { Plugin } from "vite";

/**
 * Writes the question form chunk's address into index.html as
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
