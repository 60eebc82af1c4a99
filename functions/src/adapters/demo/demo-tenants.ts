import type { Person, Weekday } from '@northstar/shared';

/**
 * FAKE organisations for local runs (`npm start`) and tests: "Contoso" (41 people) and a tiny
 * "Fabrikam" that exists to prove tenant isolation. Production reads people from Microsoft Graph.
 */

/** Tenant id of the demo organisation "Contoso". */
export const CONTOSO_TENANT_ID = '2f6b1c3e-5d4a-4c8e-9a1b-7e3f0d9c1a01';
/** Tenant id of the tiny second demo organisation "Fabrikam". */
export const FABRIKAM_TENANT_ID = '7c1d9e4b-2a6f-4b3d-8e5c-0f9a8b7c6d02';

/** Contoso's CEO (the root of the org chart). */
export const DEMO_CEO_ID = 'patti-fernandez';
/** Contoso's HR admin (People & Operations), listed in the tenant's `adminIds`. */
export const DEMO_ADMIN_ID = 'henrietta-mueller';
/** An engineering manager with direct reports. */
export const DEMO_MANAGER_ID = 'priya-raman';
/** A direct report of `DEMO_MANAGER_ID`. */
export const DEMO_EMPLOYEE_ID = 'arjun-mehta';
/** The manager of `DEMO_MANAGER_ID` (skip-level of `DEMO_EMPLOYEE_ID`), not the CEO. */
export const DEMO_SKIP_LEVEL_ID = 'lee-gu';
/** An employee in Sales, outside the employee's management chain. */
export const DEMO_UNRELATED_ID = 'isaiah-langer';
/** Fabrikam's CEO, also its admin. */
export const FABRIKAM_CEO_ID = 'ines-carvalho';
/** A Fabrikam employee: unknown in Contoso. */
export const FABRIKAM_PERSON_ID = 'marcus-bell';

/** One demo organisation. */
export interface DemoTenant {
  id: string;
  name: string;
  adminIds: string[];
  people: Person[];
}

interface Hours {
  readonly days?: readonly Weekday[];
  readonly start?: string;
  readonly end?: string;
}
type Row = readonly [
  id: string,
  displayName: string,
  jobTitle: string,
  managerId: string | null,
  timeZone: string,
  hours?: Hours,
];

const LON = 'Europe/London';
const NYC = 'America/New_York';
const SEA = 'America/Los_Angeles';
const BER = 'Europe/Berlin';
const KOL = 'Asia/Kolkata';
const WEEK: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const IST_HOURS: Hours = { start: '09:30', end: '18:00' };
const EARLY: Hours = { start: '07:00', end: '15:30' };
const MON_THU: Hours = { days: WEEK.slice(0, 4) };
const MON_WED_PART_TIME: Hours = { days: WEEK.slice(0, 3), start: '09:00', end: '15:00' };
const MWF: Hours = { days: ['monday', 'wednesday', 'friday'], start: '08:00', end: '16:00' };
const SDR = 'Sales Development Representative';

const CONTOSO: readonly (readonly [department: string, rows: readonly Row[]])[] = [
  ['Executive', [['patti-fernandez', 'Patti Fernandez', 'Chief Executive Officer', null, NYC]]],
  [
    'Engineering',
    [
      ['lee-gu', 'Lee Gu', 'VP of Engineering', DEMO_CEO_ID, SEA],
      ['priya-raman', 'Priya Raman', 'Engineering Manager, Platform', 'lee-gu', KOL, IST_HOURS],
      ['tomas-novak', 'Tomáš Novák', 'Engineering Manager, Product', 'lee-gu', BER],
      ['arjun-mehta', 'Arjun Mehta', 'Senior Software Engineer', 'priya-raman', KOL, IST_HOURS],
      ['ananya-iyer', 'Ananya Iyer', 'Software Engineer', 'priya-raman', KOL, IST_HOURS],
      ['grady-archie', 'Grady Archie', 'Site Reliability Engineer', 'priya-raman', SEA, EARLY],
      ['wei-chen', 'Wei Chen', 'Software Engineer', 'priya-raman', SEA],
      ['fatima-al-sayed', 'Fatima Al-Sayed', 'Software Engineer', 'priya-raman', LON, MON_THU],
      ['johanna-lorenz', 'Johanna Lorenz', 'Senior Software Engineer', 'tomas-novak', BER],
      ['lukas-schmidt', 'Lukas Schmidt', 'Software Engineer', 'tomas-novak', BER],
      ['sofia-rossi', 'Sofia Rossi', 'Frontend Engineer', 'tomas-novak', BER],
      ['kwame-mensah', 'Kwame Mensah', 'QA Engineer', 'tomas-novak', LON],
      ['yuki-tanaka', 'Yuki Tanaka', 'Product Designer', 'tomas-novak', SEA],
    ],
  ],
  [
    'Sales',
    [
      ['diego-siciliani', 'Diego Siciliani', 'VP of Sales', DEMO_CEO_ID, NYC],
      ['lidia-holloway', 'Lidia Holloway', 'Sales Manager, North America', 'diego-siciliani', NYC],
      ['isaiah-langer', 'Isaiah Langer', 'Account Executive', 'lidia-holloway', NYC],
      ['maria-gonzalez', 'María González', 'Account Executive', 'lidia-holloway', SEA],
      ['jamal-washington', 'Jamal Washington', SDR, 'lidia-holloway', NYC],
      ['emily-nguyen', 'Emily Nguyen', 'Account Executive', 'lidia-holloway', SEA],
      ['oliver-hughes', 'Oliver Hughes', 'Sales Manager, EMEA', 'diego-siciliani', LON],
      ['amelia-clarke', 'Amelia Clarke', 'Account Executive', 'oliver-hughes', LON],
      ['henrik-larsen', 'Henrik Larsen', 'Account Executive', 'oliver-hughes', BER],
      ['nadia-petrova', 'Nadia Petrova', 'Sales Engineer', 'oliver-hughes', BER],
    ],
  ],
  [
    'Marketing',
    [
      ['miriam-graham', 'Miriam Graham', 'VP of Marketing', DEMO_CEO_ID, SEA],
      ['alex-wilber', 'Alex Wilber', 'Demand Generation Manager', 'miriam-graham', NYC],
      ['rahul-verma', 'Rahul Verma', 'Content Marketing Specialist', 'alex-wilber', KOL, IST_HOURS],
      ['chloe-dubois', 'Chloé Dubois', 'Events Marketing Specialist', 'alex-wilber', BER],
      ['sam-oconnor', "Sam O'Connor", 'Digital Marketing Specialist', 'alex-wilber', LON],
      ['nestor-wilke', 'Nestor Wilke', 'Product Marketing Manager', 'miriam-graham', SEA],
      ['aisha-bello', 'Aisha Bello', 'Product Marketing Specialist', 'nestor-wilke', NYC],
      ['mei-lin', 'Mei Lin', 'Brand Designer', 'miriam-graham', SEA, MON_WED_PART_TIME],
    ],
  ],
  [
    'People & Operations',
    [
      ['lynne-robbins', 'Lynne Robbins', 'VP of People & Operations', DEMO_CEO_ID, LON],
      ['henrietta-mueller', 'Henrietta Mueller', 'HR Manager', 'lynne-robbins', BER],
      ['joni-sherman', 'Joni Sherman', 'HR Generalist', 'henrietta-mueller', NYC],
      ['daniel-kim', 'Daniel Kim', 'Talent Acquisition Partner', 'henrietta-mueller', SEA],
      ['irvin-sayers', 'Irvin Sayers', 'Finance Manager', 'lynne-robbins', LON],
      ['zanele-dlamini', 'Zanele Dlamini', 'Financial Analyst', 'irvin-sayers', LON],
      ['pradeep-gupta', 'Pradeep Gupta', 'IT Operations Manager', 'lynne-robbins', KOL, IST_HOURS],
      ['kavya-nair', 'Kavya Nair', 'IT Support Specialist', 'pradeep-gupta', KOL, IST_HOURS],
      ['gabriel-santos', 'Gabriel Santos', 'Office Manager', 'lynne-robbins', LON, MWF],
    ],
  ],
];

const FABRIKAM: readonly (readonly [department: string, rows: readonly Row[]])[] = [
  ['Executive', [['ines-carvalho', 'Inês Carvalho', 'Chief Executive Officer', null, LON]]],
  [
    'Operations',
    [
      ['marcus-bell', 'Marcus Bell', 'Logistics Manager', FABRIKAM_CEO_ID, LON],
      ['hana-sato', 'Hana Sato', 'Operations Analyst', FABRIKAM_CEO_ID, BER],
    ],
  ],
];

function toPerson(department: string, domain: string, row: Row): Person {
  const [id, displayName, jobTitle, managerId, timeZone, hours = {}] = row;
  return {
    id,
    displayName,
    // first.last: the id is "first-last", possibly with a hyphenated last name.
    mail: `${id.replace('-', '.')}@${domain}`,
    jobTitle,
    department,
    managerId,
    timeZone,
    workingHours: {
      days: [...(hours.days ?? WEEK)],
      startTime: hours.start ?? '09:00',
      endTime: hours.end ?? '17:30',
      timeZone,
    },
  };
}

function toPeople(
  domain: string,
  departments: readonly (readonly [string, readonly Row[]])[],
): Person[] {
  return departments.flatMap(([department, rows]) =>
    rows.map((row) => toPerson(department, domain, row)),
  );
}

/**
 * The demo organisations, Contoso first, built fresh on every call so no caller can change
 * another's copy. FAKE data for local runs and tests only.
 */
export function demoTenants(): DemoTenant[] {
  return [
    {
      id: CONTOSO_TENANT_ID,
      name: 'Contoso',
      adminIds: [DEMO_ADMIN_ID],
      people: toPeople('contoso.example', CONTOSO),
    },
    {
      id: FABRIKAM_TENANT_ID,
      name: 'Fabrikam',
      adminIds: [FABRIKAM_CEO_ID],
      people: toPeople('fabrikam.example', FABRIKAM),
    },
  ];
}
