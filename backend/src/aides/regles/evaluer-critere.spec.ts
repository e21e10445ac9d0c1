import { Critere } from './definition-aide';
import { evaluerCritere } from './evaluer-critere';
import { Faits } from './fait';

const ctx = { date: '2026-03-01', famille: 'installation', sourceParDefaut: { libelle: 'source de la règle', url: null } };
const faits: Faits = {
  zone: { valeur: 'ZAC', texte: 'commune classée ZAC', source: 'zonage test' },
  jours: { valeur: 3, texte: '3 jours par semaine', source: 'déclaration du demandeur' },
  inconnu: { valeur: undefined, texte: 'secteur non renseigné', source: null, champ: 'secteur' },
  installation: { valeur: '2025-06-01', texte: 'installé le 1er juin 2025', source: 'déclaration du demandeur' },
};
const zip: Critere = { libelle: 'En ZIP', fait: 'zone', op: 'dans', valeurs: ['ZIP'] };
const zac: Critere = { libelle: 'En ZAC', fait: 'zone', op: 'dans', valeurs: ['ZAC'] };
const secteur: Critere = { libelle: 'Secteur 1', fait: 'inconnu', op: 'dans', valeurs: ['secteur-1'] };

describe('evaluerCritere (three-valued)', () => {
  it('met, not met and unknown on a simple criterion, with the fact source and the field to ask', () => {
    expect(evaluerCritere(zac, faits, ctx)).toMatchObject({
      statut: 'rempli',
      raison: 'commune classée ZAC',
      sourceFait: 'zonage test',
      sourceRegle: { libelle: 'source de la règle' },
    });
    expect(evaluerCritere(zip, faits, ctx)).toMatchObject({ statut: 'non-rempli', raison: 'commune classée ZAC : ZIP requis' });
    expect(evaluerCritere(secteur, faits, ctx)).toMatchObject({ statut: 'a-verifier', champ: 'secteur' });
  });
  it('unDe: met if one part is met even when another is unknown; unknown if none is met and one is unknown', () => {
    expect(evaluerCritere({ libelle: 'x', unDe: [secteur, zac] }, faits, ctx).statut).toBe('rempli');
    expect(evaluerCritere({ libelle: 'x', unDe: [secteur, zip] }, faits, ctx)).toMatchObject({ statut: 'a-verifier', champ: 'secteur' });
    expect(evaluerCritere({ libelle: 'x', unDe: [zip, { ...zip, valeurs: ['HZ'] }] }, faits, ctx).statut).toBe('non-rempli');
  });
  it('tous: not met if one part is not met even when another is unknown', () => {
    expect(evaluerCritere({ libelle: 'x', tous: [secteur, zip] }, faits, ctx).statut).toBe('non-rempli');
    expect(evaluerCritere({ libelle: 'x', tous: [secteur, zac] }, faits, ctx).statut).toBe('a-verifier');
    expect(evaluerCritere({ libelle: 'x', tous: [zac, { libelle: 'y', fait: 'jours', op: 'min', valeur: 2.5 }] }, faits, ctx).statut).toBe('rempli');
  });
  it('numbers, dates and manual checks', () => {
    expect(evaluerCritere({ libelle: '4 jours', fait: 'jours', op: 'min', valeur: 4 }, faits, ctx)).toMatchObject({
      statut: 'non-rempli',
      raison: expect.stringContaining('au moins 4 requis'),
    });
    expect(evaluerCritere({ libelle: 'récent', fait: 'installation', op: 'depuisMoinsDe', mois: 12 }, faits, ctx).statut).toBe('rempli');
    expect(evaluerCritere({ libelle: 'récent', fait: 'installation', op: 'depuisMoinsDe', mois: 6 }, faits, ctx).statut).toBe('non-rempli');
    expect(evaluerCritere({ libelle: 'S2 2025', fait: 'installation', op: 'dateEntre', debut: '2025-07-01', fin: '2025-12-31' }, faits, ctx).statut).toBe(
      'non-rempli',
    );
    expect(evaluerCritere({ libelle: 'q', op: 'aVerifier', question: 'Accueillez-vous un stagiaire ?' }, faits, ctx)).toMatchObject({
      statut: 'a-verifier',
      question: 'Accueillez-vous un stagiaire ?',
    });
  });
  it('previous aids: same family within the window, ever, or by code', () => {
    const aides: Faits = {
      aidesAnterieures: { valeur: [{ code: 'caim', libelle: 'CAIM', famille: 'installation', date: '2019-01-01' }], texte: 'CAIM 2019', source: 'déclaration' },
    };
    expect(evaluerCritere({ libelle: '10 ans', fait: 'aidesAnterieures', op: 'aucuneAideAnterieure', annees: 10 }, aides, ctx).statut).toBe('non-rempli');
    expect(evaluerCritere({ libelle: '5 ans', fait: 'aidesAnterieures', op: 'aucuneAideAnterieure', annees: 5 }, aides, ctx).statut).toBe('rempli');
    expect(
      evaluerCritere({ libelle: 'jamais', fait: 'aidesAnterieures', op: 'aucuneAideAnterieure', annees: null, codes: ['coscom'] }, aides, ctx).statut,
    ).toBe('rempli');
    expect(
      evaluerCritere({ libelle: 'jamais', fait: 'aidesAnterieures', op: 'aucuneAideAnterieure', annees: null, codes: ['caim'] }, aides, ctx).raison,
    ).toContain('une seule fois par carrière');
  });
});
