import { z } from "zod";
import { ZLocalizedText } from "../text";

/**
 * One place to get help, as the participant sees it: who, what they help with and how to
 * reach them. A programme may replace the list (Programme.careSettings), in Danish and English.
 */
export const ZHelpContact = z.strictObject({
  name: ZLocalizedText,
  detail: ZLocalizedText,
  /** As dialled, digits and spaces; a tel: link is made from it. */
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{3,20}$/)
    .optional(),
});
export type THelpContact = z.infer<typeof ZHelpContact>;

/**
 * The built-in list, nearest first. Numbers as given in /work/shared/instruments.md and in
 * each organisation's own material: Livslinien 70 201 201, Psykiatrifondens rådgivning
 * 39 25 25 25, 112. Opening hours change, so none are promised here: a programme that
 * wants them adds them to its own list (docs/care.md).
 */
export const builtinHelpContacts: readonly THelpContact[] = [
  {
    name: { da: "Din mentor", en: "Your mentor" },
    detail: {
      da: "Du kan altid tale med din mentor om, hvordan du har det.",
      en: "You can always talk to your mentor about how you are feeling.",
    },
  },
  {
    name: { da: "Din egen læge", en: "Your own doctor (GP)" },
    detail: {
      da: "Ring til din læge, hvis du har haft det svært i et stykke tid. Uden for lægens åbningstid: lægevagten eller 1813 i Region Hovedstaden.",
      en: "Call your doctor if you have been having a hard time for a while. Outside their hours: the out-of-hours doctor (lægevagten), or 1813 in the Capital Region.",
    },
  },
  {
    name: { da: "Livslinien", en: "Livslinien (suicide prevention line)" },
    detail: {
      da: "Anonym rådgivning, hvis du har tanker om selvmord.",
      en: "Anonymous counselling if you have thoughts of suicide.",
    },
    phone: "70 201 201",
  },
  {
    name: { da: "Psykiatrifondens telefonrådgivning", en: "Psykiatrifonden's phone line" },
    detail: {
      da: "Gratis og anonym rådgivning, når livet er svært.",
      en: "Free and anonymous advice when life is hard.",
    },
    phone: "39 25 25 25",
  },
  {
    name: { da: "Akut fare", en: "Emergency" },
    detail: { da: "Ring 112, hvis du eller andre er i fare lige nu.", en: "Call 112 if you or someone else is in danger right now." },
    phone: "112",
  },
];
