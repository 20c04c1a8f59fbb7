import type { Localized } from '@koers/engine';

/** The one password of every demo account: printed at start and in the README, never for real use. */
export const DEMO_PASSWORD = 'koers-demo';

/** The demo bestuur. */
export const DEMO_BESTUUR = { name: 'Stichting Koers Voorbeeldscholen' } as const;

/** A demo school: `key` names it in the scripts and in e-mail addresses. */
export interface DemoSchool {
  key: string;
  name: string;
  /** BRIN-like: two digits and two letters (made up). */
  brin: string;
  /** Primary (po) or secondary (vo) education: which trajectory types it runs. */
  sector: 'po' | 'vo';
}

/**
 * The schools of the demo bestuur: three primary (PD, PDCA) and five secondary (Voortgezet Leren), the five together
 * one schoolontwikkelingsgroep.
 */
export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  { key: 'regenboog', name: 'OBS De Regenboog', brin: '99KA', sector: 'po' },
  { key: 'wegwijzer', name: 'CBS De Wegwijzer', brin: '99KB', sector: 'po' },
  { key: 'vlinderboom', name: 'IKC De Vlinderboom', brin: '99KC', sector: 'po' },
  { key: 'baken', name: 'Het Baken College', brin: '99KD', sector: 'vo' },
  { key: 'horizon', name: 'Horizon Lyceum', brin: '99KE', sector: 'vo' },
  { key: 'meander', name: 'Meander College', brin: '99KF', sector: 'vo' },
  { key: 'rietland', name: 'Rietland Lyceum', brin: '99KG', sector: 'vo' },
  { key: 'duinzicht', name: 'Scholengemeenschap Duinzicht', brin: '99KH', sector: 'vo' },
];

/** Where a demo role is held: a school by key, or the bestuur. */
export type DemoPlace = string | 'bestuur';

/** A demo account: who it is, what it is for, and the roles it holds where. */
export interface DemoPerson {
  email: string;
  name: string;
  isAdmin?: boolean;
  /** What the console and README call the account. */
  role: Localized;
  roles: ReadonlyArray<readonly [DemoPlace, string]>;
}

const at = (places: readonly string[], role: string) => places.map((p) => [p, role] as const);
const vo = ['baken', 'horizon', 'meander', 'rietland', 'duinzicht'];
const coached = ['regenboog', 'vlinderboom', ...vo];
const pd = ['regenboog', 'wegwijzer', 'vlinderboom'];

/** Staff of a primary school: directie, intern begeleider, and a leerkracht in werkgroep and regiegroep. */
function primaryStaff(key: string, names: [string, string, string]): DemoPerson[] {
  return [
    { email: `directie.${key}@koers.example`, name: names[0], role: { nl: 'directie', en: 'management' }, roles: [[key, 'directie']] },
    { email: `ib.${key}@koers.example`, name: names[1], role: { nl: 'intern begeleider', en: 'SEN coordinator' }, roles: [[key, 'ib']] },
    {
      email: `leerkracht.${key}@koers.example`, name: names[2],
      role: { nl: 'leerkracht in werkgroep', en: 'teacher, working group' },
      roles: [[key, 'werkgroep'], [key, 'regiegroep'], [key, 'team'], [key, 'leerkracht']],
    },
  ];
}

/** Staff of a secondary school: the schoolleider and a werkgroep member. */
function secondaryStaff(key: string, names: [string, string]): DemoPerson[] {
  return [
    { email: `schoolleider.${key}@koers.example`, name: names[0], role: { nl: 'schoolleider', en: 'school leader' }, roles: [[key, 'schoolleider']] },
    { email: `werkgroep.${key}@koers.example`, name: names[1], role: { nl: 'werkgroep', en: 'working group' }, roles: [[key, 'werkgroep']] },
  ];
}

/**
 * Every demo account. The names of the first school of each kind match the people in the forms'
 * examples, so the replayed form data reads naturally there.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: 'beheer@koers.example', name: 'Femke Hendriks', isAdmin: true, role: { nl: 'beheerder', en: 'administrator' }, roles: [] },
  { email: 'procesbegeleider@koers.example', name: 'Marieke Visser', role: { nl: 'procesbegeleider', en: 'process coach' }, roles: at(coached, 'procesbegeleider') },
  { email: 'casemanager@koers.example', name: 'Joost Bakker', role: { nl: 'casemanager', en: 'case manager' }, roles: at(pd, 'casemanager') },
  { email: 'projectteam@koers.example', name: 'Karin Mulder', role: { nl: 'projectteam', en: 'project team' }, roles: at(vo, 'projectteam') },
  { email: 'bestuurder@koers.example', name: 'Hans Willems', role: { nl: 'bestuurder', en: 'board member' }, roles: [['bestuur', 'bestuurder']] },
  ...primaryStaff('regenboog', ['Ahmed Yilmaz', 'Marieke de Vries', 'Sanne Jansen']),
  ...primaryStaff('wegwijzer', ['Ria Kramer', 'Lotte Smit', 'Tim de Boer']),
  ...primaryStaff('vlinderboom', ['Youssef El Idrissi', 'Esther Dijkstra', 'Daan Visser']),
  ...secondaryStaff('baken', ['Anne de Vries', 'Bram Jansen']),
  ...secondaryStaff('horizon', ['Peter Smits', 'Sara El Amrani']),
  ...secondaryStaff('meander', ['Ingrid Bosman', 'Koen van Dijk']),
  ...secondaryStaff('rietland', ['Mohamed Ouali', 'Fleur Hermans']),
  ...secondaryStaff('duinzicht', ['Wendy Peters', 'Ruben Vos']),
];
