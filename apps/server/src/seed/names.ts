// Invented demo people. Any likeness to real persons is chance.
export const FEMALE_FIRST = ["Anne", "Mette", "Camilla", "Louise", "Maria", "Sofie", "Helle", "Susanne", "Line", "Julie", "Hanne", "Trine", "Pia", "Nadia", "Fatima", "Ida"] as const;
export const MALE_FIRST = ["Jens", "Lars", "Mads", "Søren", "Thomas", "Martin", "Peter", "Rasmus", "Kim", "Jonas", "Ali", "Morten", "Henrik", "Anders", "Emil", "Niels"] as const;
export const LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard", "Møller", "Lund"] as const;
