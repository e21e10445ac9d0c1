import { DonneesAccesService } from '../acces/donnees-acces';
import { EtatImport } from '../import/etat-import';
import { ImportService } from '../import/import.service';
import { LienGrappe } from './lien-grappe';
import { estMessageGrappe, MessageGrappe } from './messages-grappe';

/** An ImportService reduced to its subscribers: `publier` plays an import's progress or a change notice. */
function imports() {
  const abonnes = new Set<(e: EtatImport) => void>();
  const publier = (enCours: boolean) => abonnes.forEach((a) => a({ enCours } as EtatImport));
  return {
    service: {
      suivre: (a: (e: EtatImport) => void) => {
        abonnes.add(a);
        return () => abonnes.delete(a);
      },
      notifierChangement: () => publier(false),
    } as unknown as ImportService,
    publier,
  };
}

function lien() {
  const { service, publier } = imports();
  const envoyes: MessageGrappe[] = [];
  let ecouteur: (m: unknown) => void = () => undefined;
  const donneesAcces = { invalider: jest.fn() } as unknown as DonneesAccesService;
  const l = new LienGrappe(
    service,
    donneesAcces,
    (m) => envoyes.push(m),
    (e) => (ecouteur = e),
  );
  return { l, envoyes, recevoir: (m: unknown) => ecouteur(m), publier, donneesAcces };
}

describe('LienGrappe', () => {
  it('tells the other workers when an import or an upload ended here, not while it runs', () => {
    const { envoyes, publier, donneesAcces } = lien();
    publier(true);
    expect(envoyes).toEqual([]);
    publier(false);
    expect(envoyes).toEqual([{ maillage: 'donnees-modifiees' }]);
    expect(donneesAcces.invalider).toHaveBeenCalledTimes(1);
  });

  it('publishes a change announced by another worker as a local one, without sending it back', () => {
    const { envoyes, recevoir, donneesAcces } = lien();
    recevoir({ maillage: 'donnees-modifiees' });
    expect(donneesAcces.invalider).toHaveBeenCalledTimes(1);
    expect(envoyes).toEqual([]);
  });

  it('says « ready » to the primary, and resolves grappePrete once every worker is', async () => {
    const { l, envoyes, recevoir } = lien();
    l.pret();
    expect(envoyes).toEqual([{ maillage: 'pret' }]);
    let prete = false;
    void l.grappePrete.then(() => (prete = true));
    recevoir('bruit');
    recevoir({ autre: 'message' });
    await Promise.resolve();
    expect(prete).toBe(false);
    recevoir({ maillage: 'grappe-prete' });
    await l.grappePrete;
    expect(prete).toBe(true);
  });

  it('recognises only the cluster’s own messages', () => {
    expect(estMessageGrappe({ maillage: 'pret' })).toBe(true);
    for (const m of [null, undefined, 'pret', 3, {}, { maillage: 1 }]) expect(estMessageGrappe(m)).toBe(false);
  });
});
