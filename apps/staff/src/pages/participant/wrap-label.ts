/**
 * A chart label in lines of at most `maxChars` characters, for a spider chart's axis at phone
 * width (issue 16: "Hverdagsmestring" was cut off at 390 px). Breaks at spaces and after "/";
 * a word longer than a line is split near its middle with a hyphen ("Hverdags-", "mestring").
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  // Each piece remembers whether it joins the next without a space ("Socialt/" + "netværk").
  const pieces: { text: string; glued: boolean }[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const parts = word.split(/(?<=\/)/);
    parts.forEach((part, index) => {
      const glued = index < parts.length - 1;
      const chunks = splitLong(part, limit);
      chunks.forEach((chunk, i) => pieces.push({ text: chunk, glued: i < chunks.length - 1 ? true : glued }));
    });
  }
  const lines: string[] = [];
  let line = "";
  let gluedToLine = false;
  for (const piece of pieces) {
    const joined = line === "" ? piece.text : `${line}${gluedToLine ? "" : " "}${piece.text}`;
    // A hyphenated chunk always ends its line: "Hverdags-mestring" would not fit anyway.
    if (line !== "" && (joined.length > limit || line.endsWith("-"))) {
      lines.push(line);
      line = piece.text;
    } else {
      line = joined;
    }
    gluedToLine = piece.glued;
  }
  if (line) lines.push(line);
  return lines;
}

function splitLong(word: string, limit: number): string[] {
  if (word.length <= limit) return [word];
  // Near the middle, so both halves read as parts of the word; longer words split again.
  const at = Math.min(limit - 1, Math.floor(word.length / 2));
  return [`${word.slice(0, at)}-`, ...splitLong(word.slice(at), limit)];
}
