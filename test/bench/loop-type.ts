// The benchmarks' trajectory type: one step that repeats itself on a ~1 KB note, so every event is the same work.
const L = (nl: string) => ({ nl, en: nl });

export const form = {
  id: 'bench-notitie', title: L('Notitie'),
  schema: { type: 'object', required: ['tekst'], properties: { tekst: { type: 'string', title: 'Tekst' } } }, examples: [{ tekst: 'Goed op weg.' }],
};

export const definition = {
  id: 'bench-lus', version: 1, title: L('Bench'), description: L('Een stap die zichzelf herhaalt.'),
  roles: { ib: { title: L('Ib') } },
  machine: { id: 'benchLus', initial: 'voortgang', states: { voortgang: {
    meta: { title: L('Voortgang'), forms: ['bench-notitie'], roles: ['ib'], expectedDuration: 'P14D',
      events: { NOTITIE: { label: L('Notitie'), roles: ['ib'], form: 'bench-notitie' }, KLAAR: { label: L('Klaar'), roles: ['ib'] } } },
    on: { NOTITIE: { target: 'voortgang' }, KLAAR: { target: 'klaar' } },
  }, klaar: { type: 'final', meta: { title: L('Klaar') } } } },
};

/** The answers of one note: 1,000 characters. */
export const data = { tekst: 'Voortgang van de leesaanpak in groep 2-4, besproken met het team. '.repeat(16).slice(0, 1000) };
