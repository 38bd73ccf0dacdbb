/** Where a questionnaire opened by short code lives; the code itself stays in sessionStorage. */
export const CODE_PATH = "/skema";
