// The exports' columns that hold a day: enrolment, end, and the day a questionnaire was
// answered (`submitted_on` in the long file, `submitted_on_<occasion>` in the wide one). The
// pseudonymiser coarsens them to months; the XLSX writer makes them real Excel dates.
const DAY_COLUMN = /^(enrolled_on|ended_on|submitted_on(_[a-z0-9]+)?)$/;

export const isDayColumn = (name: string) => DAY_COLUMN.test(name);
