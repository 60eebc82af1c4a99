import type { Weekday } from '@northstar/shared';

/** Words the generated tenant is made of; fictional, so nothing resembles a real directory. */
export const FIRST_NAMES = [
  'Ada',
  'Bram',
  'Chen',
  'Dara',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kiri',
  'Luis',
  'Mei',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Vik',
  'Wren',
  'Yusuf',
] as const;

export const LAST_NAMES = [
  'Abara',
  'Berg',
  'Costa',
  'Dube',
  'Eriksen',
  'Fujita',
  'Gomez',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kaur',
  'Larsen',
  'Moreau',
  'Novak',
  'Okafor',
  'Park',
  'Quispe',
  'Rossi',
  'Sato',
  'Tanaka',
] as const;

export const DEPARTMENTS = [
  'Engineering',
  'Sales',
  'Marketing',
  'Operations',
  'Finance',
  'People',
  'Support',
  'Legal',
  'Product',
  'Design',
  'Research',
  'Security',
] as const;

/** IANA zones with the working week usual there. */
export const TIME_ZONES: readonly { zone: string; days: readonly Weekday[] }[] = [
  { zone: 'America/Los_Angeles', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'America/New_York', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'America/Sao_Paulo', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'Europe/London', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'Europe/Berlin', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'Asia/Jerusalem', days: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'] },
  { zone: 'Asia/Kolkata', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'Asia/Tokyo', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
  { zone: 'Australia/Sydney', days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
];

/** Start of the working day; the day is 8.5 hours long. */
export const DAY_STARTS = ['07:30', '08:00', '08:30', '09:00', '09:30'] as const;
