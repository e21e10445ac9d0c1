import { etatCouverture, LigneCouverture, NomsTerritoires } from './couverture-donnees';

const noms: NomsTerritoires = {
  regions: new Map([
    ['76', 'Occitanie'],
    ['75', 'Nouvelle-Aquitaine'],
  ]),
  departements: new Map([['23', 'Creuse']]),
};
const occitanie: LigneCouverture = { niveau: 'region', code: '76', jeu: 'finess', millesime: '2026', complet: true, note: null };
const creuse = [{ region: '75', departement: '23', communes: 256 }];
const toulouse = [{ region: '76', departement: '31', communes: 1 }];

describe('couverture d’un territoire par un jeu de données', () => {
  it('la Creuse n’est pas couverte par un FINESS d’Occitanie : raison et comment charger, en français', () => {
    const e = etatCouverture('structures', [occitanie], creuse, noms);
    expect(e).toMatchObject({ couvert: false, perimetre: 'l’Occitanie', millesimes: ['2026'] });
    expect(e.raison).toBe('MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.');
    expect(e.commentCharger).toContain('extrait FINESS national');
  });

  it('une commune d’Occitanie est couverte (ni raison ni consigne)', () => {
    expect(etatCouverture('structures', [occitanie], toulouse, noms)).toMatchObject({ couvert: true, raison: null, commentCharger: null });
  });

  it('un territoire à cheval est partiellement couvert', () => {
    const e = etatCouverture('structures', [occitanie], [...creuse, ...toulouse], noms);
    expect(e.couvert).toBe('partiel');
    expect(e.raison).toContain('qu’une partie de ce territoire');
  });

  it('un jeu national connu comme incomplet est partiel partout, avec sa note', () => {
    const qpv: LigneCouverture = { niveau: 'national', code: '', jeu: 'qpv', millesime: '2024', complet: false, note: '1 493 quartiers sur environ 1 600' };
    const e = etatCouverture('qpv', [qpv], toulouse, noms);
    expect(e).toMatchObject({ couvert: 'partiel', perimetre: 'France entière' });
    expect(e.raison).toContain('1 493 quartiers sur environ 1 600');
  });

  it('sans aucune donnée chargée : non couvert, « aucune donnée chargée »', () => {
    expect(etatCouverture('rpps', [], toulouse, noms)).toMatchObject({
      couvert: false,
      raison: 'Médecins généralistes par lieu d’exercice (RPPS) : aucune donnée chargée.',
    });
  });

  it('une couverture départementale nomme le département et son code', () => {
    const dep: LigneCouverture = { niveau: 'departement', code: '23', jeu: 'rpps-1', millesime: '2026-04', complet: true, note: null };
    expect(etatCouverture('rpps', [dep], toulouse, noms).raison).toBe(
      'Médecins généralistes par lieu d’exercice (RPPS) : données chargées pour Creuse (23) seulement.',
    );
  });

  it('names what is missing when most régions are loaded (APL: all but Mayotte)', () => {
    const regions = new Map([
      ['01', 'Guadeloupe'],
      ['06', 'Mayotte'],
      ['75', 'Nouvelle-Aquitaine'],
      ['76', 'Occitanie'],
    ]);
    const apl = ['01', '75', '76'].map((code): LigneCouverture => ({ niveau: 'region', code, jeu: 'apl', millesime: '2023', complet: true, note: null }));
    const e = etatCouverture('apl', apl, [{ region: '06', departement: '976', communes: 17 }], { regions, departements: new Map() });
    expect(e.perimetre).toBe('toute la France sauf Mayotte');
    expect(e.raison).toBe('Accessibilité aux médecins généralistes (APL, DREES) : données chargées pour toute la France sauf Mayotte.');
  });

  describe('a zonage version holds for a period: its coverage answers for the date asked', () => {
    const version2031: LigneCouverture = {
      niveau: 'region',
      code: '75',
      jeu: 'zonage-sage-femme:v9',
      millesime: '2031-01-01',
      complet: true,
      note: null,
      debut: '2031-01-01',
      fin: '2032-12-31',
    };

    it('a zonage covering Nouvelle-Aquitaine from 2031 does not cover it in 2026, and says from when it applies', () => {
      const e = etatCouverture('zonage-sage-femme', [version2031], creuse, noms, '2026-12-01');
      expect(e.couvert).toBe(false);
      expect(e.raison).toBe(
        'Zonage des sages-femmes : aucune version en vigueur au 01/12/2026 — la version chargée pour la Nouvelle-Aquitaine ne s’applique qu’à partir du 01/01/2031.',
      );
      expect(e.commentCharger).toContain('arrêté de zonage des sages-femmes');
      expect(e.millesimes).toEqual([]);
    });

    it('covers it within its validity, bounds included', () => {
      expect(etatCouverture('zonage-sage-femme', [version2031], creuse, noms, '2031-01-01').couvert).toBe(true);
      expect(etatCouverture('zonage-sage-femme', [version2031], creuse, noms, '2032-12-31')).toMatchObject({
        couvert: true,
        raison: null,
        commentCharger: null,
      });
    });

    it('past its end it says « périmée » with its last day, as the map does', () => {
      const e = etatCouverture('zonage-sage-femme', [version2031], creuse, noms, '2033-01-01');
      expect(e.couvert).toBe(false);
      expect(e.raison).toBe(
        'Zonage des sages-femmes : aucune version en vigueur au 01/01/2033 — la version chargée pour la Nouvelle-Aquitaine est périmée (valable jusqu’au 31/12/2032).',
      );
    });

    it('elsewhere: what is loaded and from when; undated rows always hold', () => {
      const national: LigneCouverture = { niveau: 'national', code: '', jeu: 'zonage-medecins', millesime: '2024-2025', complet: true, note: null };
      expect(etatCouverture('zonage-sage-femme', [version2031], toulouse, noms, '2026-12-01').raison).toBe(
        'Zonage des sages-femmes : aucune version en vigueur au 01/12/2026 — la version chargée pour la Nouvelle-Aquitaine ne s’applique qu’à partir du 01/01/2031.',
      );
      const finess: LigneCouverture = { ...occitanie, debut: null, fin: null };
      expect(etatCouverture('structures', [finess], creuse, noms, '2026-12-01').raison).toBe(
        'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.',
      );
      expect(etatCouverture('zonage-medecin', [national, { ...version2031, jeu: 'zonage-medecins:v3' }], creuse, noms, '2026-12-01').couvert).toBe(true);
    });
  });
});
