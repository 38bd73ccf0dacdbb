// The texts of the organisation page, merged into da.ts/en.ts under "organisation".
import type { Texts } from "../../i18n/texts";

export const organisationDa = {
  title: "Organisation",
  facts: "Nøgletal",
  kind: "Type",
  // Organisation.kind as stored ("municipality" | "ngo" | "company"), in words.
  kind_municipality: "Kommune",
  kind_ngo: "Forening",
  kind_company: "Virksomhed",
  staff: "Medarbejdere",
  participants: "Deltagere",
  programmes: "Programmer",
  created: "Oprettet",
  renameTitle: "Skift navn",
  name: "Organisationens navn",
  submit: "Gem navn",
  renamed: "Navnet er gemt.",
};

export const organisationEn: Texts<typeof organisationDa> = {
  title: "Organisation",
  facts: "Key figures",
  kind: "Type",
  kind_municipality: "Municipality",
  kind_ngo: "NGO",
  kind_company: "Company",
  staff: "Staff",
  participants: "Participants",
  programmes: "Programmes",
  created: "Created",
  renameTitle: "Rename",
  name: "Organisation name",
  submit: "Save name",
  renamed: "The name has been saved.",
};
