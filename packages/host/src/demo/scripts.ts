import type { JsonValue, Localized } from '@koers/engine';

/** One event of a demo trajectory, sent `days` before the seed's "now". */
export interface ScriptEvent {
  days: number;
  event: string;
  /** The role that sends it; by default the first role the event allows that someone at the school holds. */
  by?: string;
  /** Take the first example of the event's form with these answers (default: the first one the engine accepts). */
  pick?: Record<string, JsonValue>;
}

/** A demo trajectory: where it runs, the events replayed through the real send path, and where it must end. */
export interface DemoScript {
  school: string;
  type: string;
  /** Who starts it, and when (days before now). */
  start: { days: number; by: string };
  events: readonly ScriptEvent[];
  /** A form someone started filling in (autosaved draft from the form's first example). */
  draft?: { days: number; form: string; by: string };
  /** The active steps afterwards (checked by the seed). */
  expect: readonly string[];
  /** Whether a step is past its expected duration at the seed's "now" (checked by the tests). */
  overdue: boolean;
  /** What this trajectory shows in the demo. */
  note: Localized;
  /** The demo group it joins (DEMO_GROUP): the group's timeline plays on, and `expect` is checked after it. */
  group?: string;
}

const PD = 'pd-schoolontwikkeling';
const VL = 'voortgezet-leren';
const PDCA = 'pdca-kwaliteitskaart';
const plainPlanning = { consultatietraject: false, groterPlanNodig: false };

/** Where each Voortgezet Leren school of the demo group ends, after the group's timeline (see group.ts). */
const VL_ENDS: Record<string, Pick<DemoScript, 'expect' | 'overdue' | 'note'>> = {
  baken: {
    expect: ['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.gevoerd'], overdue: false,
    note: { nl: 'Voortgezet Leren: uitvoering (parallel), bestuurdersgesprek gevoerd, tussenevaluatie gehouden', en: 'Voortgezet Leren: carrying out (parallel), board meeting held, interim evaluation held' },
  },
  horizon: {
    expect: ['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.bestuurdersgesprek'], overdue: true,
    note: { nl: 'Voortgezet Leren: tussenevaluatie over tijd', en: 'Voortgezet Leren: interim evaluation overdue' },
  },
  meander: {
    expect: ['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.bestuurdersgesprek'], overdue: true,
    note: { nl: 'Voortgezet Leren: in de groep, tussenevaluatie over tijd', en: 'Voortgezet Leren: in the group, interim evaluation overdue' },
  },
  rietland: {
    expect: ['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.bestuurdersgesprek'], overdue: true,
    note: { nl: 'Voortgezet Leren: stuurde één persoon naar een groepsbijeenkomst (signaal)', en: 'Voortgezet Leren: sent one person to a group meeting (flag)' },
  },
  duinzicht: {
    expect: ['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.bestuurdersgesprek'], overdue: true,
    note: { nl: 'Voortgezet Leren: in de groep', en: 'Voortgezet Leren: in the group' },
  },
};

/** The demo trajectories: all three shipped types, at different steps, some overdue, one finished. */
export const DEMO_SCRIPTS: readonly DemoScript[] = [
  {
    school: 'regenboog', type: PD, start: { days: 120, by: 'ib' },
    events: [
      { days: 112, event: 'SCHOOLFORMULIER_INDIENEN', by: 'ib' },
      { days: 101, event: 'INTAKE_AFRONDEN' },
      { days: 80, event: 'STARTGESPREK_VASTLEGGEN' },
      { days: 70, event: 'PLANNING_VASTSTELLEN', by: 'directie', pick: plainPlanning },
      { days: 49, event: 'WERKWIJZE_VASTLEGGEN', by: 'werkgroep' },
      { days: 30, event: 'ONDERSTEUNING_REGISTREREN' },
      { days: 12, event: 'VOORTGANGSGESPREK_VASTLEGGEN' },
    ],
    draft: { days: 3, form: 'pd-uitvoering', by: 'werkgroep' },
    expect: ['uitvoering.verbeterwerk.uitvoeren', 'uitvoering.begeleiding.voortgangsgesprek'],
    overdue: false,
    note: { nl: 'PD: uitvoering (parallel), op schema, met een concept', en: 'PD: carrying out (parallel), on schedule, with a draft' },
  },
  {
    school: 'wegwijzer', type: PD, start: { days: 400, by: 'ib' },
    events: [
      { days: 393, event: 'SCHOOLFORMULIER_INDIENEN', by: 'ib' },
      { days: 381, event: 'INTAKE_AFRONDEN' },
      { days: 360, event: 'STARTGESPREK_VASTLEGGEN' },
      { days: 350, event: 'PLANNING_VASTSTELLEN', by: 'directie', pick: plainPlanning },
      { days: 330, event: 'WERKWIJZE_VASTLEGGEN', by: 'werkgroep' },
      { days: 300, event: 'ONDERSTEUNING_REGISTREREN' },
      { days: 270, event: 'VOORTGANGSGESPREK_VASTLEGGEN' },
      { days: 200, event: 'VOORTGANGSGESPREK_VASTLEGGEN' },
      { days: 190, event: 'TUSSENEVALUATIE_VASTLEGGEN', by: 'ib' },
      { days: 150, event: 'UITVOERING_AFRONDEN', by: 'werkgroep' },
      { days: 120, event: 'VOORTGANGSGESPREK_VASTLEGGEN', pick: { eindeTermijn: true } },
      { days: 95, event: 'EINDEVALUATIE_VASTLEGGEN', by: 'ib' },
      { days: 85, event: 'AFSLUITEND_GESPREK_VASTLEGGEN' },
      { days: 80, event: 'BESLUIT_VASTLEGGEN', by: 'directie', pick: { besluit: 'afsluiten' } },
    ],
    expect: ['afgerond'],
    overdue: false,
    note: { nl: 'PD: afgerond na een heel schooljaar', en: 'PD: finished after a whole school year' },
  },
  {
    school: 'vlinderboom', type: PD, start: { days: 45, by: 'ib' },
    events: [{ days: 38, event: 'SCHOOLFORMULIER_INDIENEN', by: 'directie' }],
    expect: ['intake'],
    overdue: true,
    note: { nl: 'PD: intakegesprek ruim over tijd', en: 'PD: intake meeting well overdue' },
  },
  {
    school: 'regenboog', type: PDCA, start: { days: 205, by: 'directie' },
    events: [
      { days: 190, event: 'KAART_INDIENEN', by: 'regiegroep' },
      { days: 183, event: 'KAART_VASTSTELLEN' },
      { days: 170, event: 'JAARPLANNING_VASTSTELLEN' },
      { days: 60, event: 'UITVOERING_VASTLEGGEN' },
    ],
    expect: ['schooljaar.meten'],
    overdue: true,
    note: { nl: 'PDCA: meting over tijd', en: 'PDCA: measurement overdue' },
  },
  {
    school: 'wegwijzer', type: PDCA, start: { days: 335, by: 'directie' },
    events: [
      { days: 320, event: 'KAART_INDIENEN', by: 'regiegroep' },
      { days: 312, event: 'KAART_VASTSTELLEN' },
      { days: 300, event: 'JAARPLANNING_VASTSTELLEN' },
      { days: 190, event: 'UITVOERING_VASTLEGGEN' },
      { days: 180, event: 'METING_VASTLEGGEN' },
      { days: 170, event: 'ANALYSE_VASTLEGGEN', by: 'team', pick: { vervolg: 'tussentijds_bijstellen' } },
      { days: 160, event: 'BIJSTELLING_VASTLEGGEN' },
      { days: 60, event: 'UITVOERING_VASTLEGGEN' },
      { days: 50, event: 'METING_VASTLEGGEN', by: 'leerkracht' },
      { days: 35, event: 'ANALYSE_VASTLEGGEN', by: 'directie', pick: { vervolg: 'jaarevaluatie' } },
      { days: 14, event: 'VERBETERACTIES_VASTLEGGEN' },
    ],
    expect: ['schooljaar.jaarevaluatie.verbeteren.verbeteracties_klaar', 'schooljaar.jaarevaluatie.professionalisering.functioneringsgesprekken'],
    overdue: false,
    note: { nl: 'PDCA: jaarevaluatie (parallel), verbeteracties klaar', en: 'PDCA: annual evaluation (parallel), improvements done' },
  },
  {
    school: 'vlinderboom', type: PDCA, start: { days: 4, by: 'directie' },
    events: [],
    expect: ['kaart_opstellen'],
    overdue: false,
    note: { nl: 'PDCA: net gestart', en: 'PDCA: just started' },
  },
  ...(['baken', 'horizon', 'meander', 'rietland', 'duinzicht'] as const).map((school, i): DemoScript => ({
    school, type: VL, start: { days: 430 - i, by: 'schoolleider' },
    events: [
      { days: 425 - i, event: 'AANMELDING_INDIENEN' },
      { days: 410 - i, event: 'INTAKE_AFRONDEN', pick: { besluit: 'deelnemen' } },
    ],
    // The rest happens in the group (DEMO_GROUP): placed, the shared startdag and meetings, and each school's own steps.
    group: 'formatief-oost',
    ...VL_ENDS[school]!,
  })),
];
