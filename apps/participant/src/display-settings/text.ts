export const displayText = {
  da: { open: "Tekst og farver", largeText: "Større tekst", highContrast: "Høj kontrast", group: "Visning" },
  en: { open: "Text and colours", largeText: "Larger text", highContrast: "High contrast", group: "Display" },
} as const;
