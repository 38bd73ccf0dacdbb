export const timelineText = {
  da: {
    title: "Mit forløb",
    intro: "Her kan du se dine egne svar over tid. Kun du kan se dem via dit link.",
    loading: "Henter dit forløb …",
    failed: "Dit forløb kunne ikke hentes lige nu. Prøv igen senere.",
    none: "Der er ikke noget at vise endnu.",
    occasion: { start: "Start", end: "Slut", followup: "Opfølgning" } as Record<string, string>,
    point: "{{occasion}} ({{day}}): {{value}}",
    one: "Du har svaret én gang. Næste gang kan du se, hvordan det har udviklet sig.",
    lowerIsBetter: "Et lavere tal er bedre.",
    reviewsTitle: "Jeres samtaler om udvikling",
    reviewCaption: "Samtale {{day}}",
    area: "Område",
    yours: "Dit tal",
    mentors: "Din mentors tal",
    notGiven: "–",
    scaleNote: "Tallene går fra {{min}} til {{max}}.",
  },
  en: {
    title: "My progress",
    intro: "Here you can see your own answers over time. Only you can see them through your link.",
    loading: "Fetching your progress …",
    failed: "Your progress could not be fetched right now. Please try again later.",
    none: "There is nothing to show yet.",
    occasion: { start: "Start", end: "End", followup: "Follow-up" } as Record<string, string>,
    point: "{{occasion}} ({{day}}): {{value}}",
    one: "You have answered once. Next time you can see how it has developed.",
    lowerIsBetter: "A lower number is better.",
    reviewsTitle: "Your progress talks",
    reviewCaption: "Talk on {{day}}",
    area: "Area",
    yours: "Your number",
    mentors: "Your mentor's number",
    notGiven: "–",
    scaleNote: "The numbers go from {{min}} to {{max}}.",
  },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ""));
}
