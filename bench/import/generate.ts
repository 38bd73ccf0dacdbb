// A programme's full history for N participants as the CSV files an evaluator would bring:
// the enrolment list, WHO-5 at start and end (some end rows incomplete), status events and
// tallied contacts (some of them the programme's company contacts). Deterministic (seeded),
// so every round imports the same rows.
const CODES = (i: number) => `B-${String(i + 1).padStart(6, "0")}`;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (base: string, plus: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
};

export interface HistoryFiles {
  enrolment: Buffer;
  answers: Buffer;
  statuses: Buffer;
  contacts: Buffer;
  rows: { enrolment: number; answers: number; statuses: number; contacts: number };
}

export function generateHistory(participants: number, mentorEmail: string): HistoryFiles {
  const r = random(12);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const enrolment = ["Deltagerkode;Indskrevet;Mentor;Køn;Fødselsår;Afsluttet;Årsag"];
  const answers = ["Deltagerkode;Måling;Dato;Status;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5"];
  const statuses = ["Deltagerkode;Dato;Status;Timer"];
  const contacts = ["Deltagerkode;Dato;Kontaktform;Antal"];
  const item = () => String(Math.floor(r() * 6));
  for (let i = 0; i < participants; i++) {
    const code = CODES(i);
    const enrolled = day("2023-01-02", i % 365);
    const ends = r() < 0.8;
    const ended = day(enrolled, 150 + Math.floor(r() * 120));
    enrolment.push(
      [
        code,
        enrolled,
        i % 3 === 0 ? mentorEmail : "",
        pick(["Kvinde", "Mand", "Andet"]),
        1960 + Math.floor(r() * 45),
        ends ? ended : "",
        ends ? pick(["Gennemført", "Job", "Flyttet"]) : "",
      ].join(";"),
    );
    // 90 % answer at start; of those who end, 70 % answer at the end and 5 % begin without finishing.
    if (r() < 0.9) answers.push([code, "Opstart", day(enrolled, 3), "Gennemført", item(), item(), item(), item(), item()].join(";"));
    const end = r();
    if (ends && end < 0.7) answers.push([code, "Afslutning", day(ended, -2), "Gennemført", item(), item(), item(), item(), item()].join(";"));
    else if (ends && end < 0.75) answers.push([code, "Afslutning", day(ended, -2), "Delvist besvaret", item(), item(), "", "", ""].join(";"));
    statuses.push([code, day(enrolled, 20), "Ledig", ""].join(";"));
    statuses.push([code, day(enrolled, 60 + Math.floor(r() * 30)), pick(["Virksomhedspraktik", "Fleksjob", "Uddannelse", "Sygemeldt"]), "10"].join(";"));
    for (let k = 0; k < 5; k++)
      contacts.push([code, day(enrolled, 7 * k + 1), ["Fysisk møde", "Telefon", "SMS", "E-mail", "Fysisk møde"][k], 1 + Math.floor(r() * 3)].join(";"));
  }
  // The programme's company contacts: one a working day or so.
  for (let k = 0; k < Math.max(1, Math.floor(participants / 20)); k++) contacts.push(["", day("2023-01-02", k), "Virksomhedskontakt", 1 + (k % 4)].join(";"));
  const buf = (lines: string[]) => Buffer.from(lines.join("\n"), "utf8");
  return {
    enrolment: buf(enrolment),
    answers: buf(answers),
    statuses: buf(statuses),
    contacts: buf(contacts),
    rows: { enrolment: enrolment.length - 1, answers: answers.length - 1, statuses: statuses.length - 1, contacts: contacts.length - 1 },
  };
}

const who5 = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`WHO5_${n}`, { itemId: `who5_${n}` }]));
const occasions = { column: "Måling", values: { Opstart: "start", Afslutning: "end" } };

export const MAPPINGS = {
  enrolment: {
    kind: "enrolment",
    participantCodeColumn: "Deltagerkode",
    enrolledOnColumn: "Indskrevet",
    mentorColumn: "Mentor",
    genderColumn: "Køn",
    birthYearColumn: "Fødselsår",
    endedOnColumn: "Afsluttet",
    endReasonColumn: "Årsag",
    endReasonValues: { Gennemført: "completed", Job: "job", Flyttet: "moved" },
  },
  answers: {
    instrumentId: "who5",
    occasionColumn: occasions,
    participantCodeColumn: "Deltagerkode",
    submittedAtColumn: "Dato",
    incompleteColumn: { column: "Status", values: ["Delvist besvaret"] },
    columns: who5,
  },
  statuses: { kind: "statuses", participantCodeColumn: "Deltagerkode", dateColumn: "Dato", statusColumn: "Status", hoursPerWeekColumn: "Timer" },
  contacts: { kind: "contacts", participantCodeColumn: "Deltagerkode", dateColumn: "Dato", contactKindColumn: "Kontaktform", countColumn: "Antal" },
  /**
   * The baseline: what an evaluator could do before the history kinds, the answers alone
   * creating their participants (those who never answered are not there at all).
   */
  answersOnly: {
    instrumentId: "who5",
    occasionColumn: occasions,
    participantCodeColumn: "Deltagerkode",
    submittedAtColumn: "Dato",
    createParticipants: {},
    allowMissing: true,
    columns: who5,
  },
} as const;
