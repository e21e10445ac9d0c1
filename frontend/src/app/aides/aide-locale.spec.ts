import { describe, expect, it } from 'vitest';
import { champDuFormulaireAideLocale, definitionAideLocale, enIdentifiant, financeursPossibles, formulaireAideLocaleVide } from './aide-locale';

const rempli = {
  ...formulaireAideLocaleVide(),
  territoireType: 'commune' as const,
  territoireCode: '31555',
  nom: 'Prime à l’installation des généralistes',
  financeurType: 'commune' as const,
  financeurNom: 'Ville de Toulouse',
  description: 'Aide de la ville aux médecins généralistes qui s’installent.',
  montant: '5 000',
  professions: ['medecin-generaliste'],
  zonesMedecin: ['ZIP', 'ZAC'],
  conditions: 'Vous engagez-vous à exercer 5 ans à Toulouse ?\n',
  debut: '2026-01-01',
  fin: '2027-12-31',
  sourceLibelle: 'Délibération du conseil municipal du 12 mars 2026',
  sourceUrl: 'https://www.toulouse.fr/deliberation',
};

describe('definitionAideLocale (the local-aid form → POST /api/aides)', () => {
  it('builds the definition the API checks: territory, funder, amount, validity, criteria, a dated source', () => {
    const r = definitionAideLocale(rempli, '2026-12-01');
    expect('definition' in r && r.definition).toMatchObject({
      id: 'prime-a-l-installation-des-generalistes-31555',
      famille: 'installation',
      territoire: { type: 'commune', code: '31555' },
      montant: { type: 'fixe', montant: 5000, periodicite: 'unique' },
      validite: { debut: '2026-01-01', fin: '2027-12-31' },
      criteres: [
        { id: 'profession', fait: 'profession', op: 'dans', valeurs: ['medecin-generaliste'] },
        { id: 'zone', fait: 'zonage.medecin', op: 'dans', valeurs: ['ZIP', 'ZAC'] },
        { op: 'aVerifier', question: 'Vous engagez-vous à exercer 5 ans à Toulouse ?', cle: expect.stringMatching(/^[a-z0-9-]+$/) },
      ],
      // Not read by the person publishing: « saisi le », never « consulté le ».
      sources: [{ libelle: rempli.sourceLibelle, url: rempli.sourceUrl, saisiLe: '2026-12-01' }],
    });
  });

  it('says « consulté le » only when the page was read on a given date', () => {
    const r = definitionAideLocale({ ...rempli, sourceLueLe: '2026-11-30' }, '2026-12-01');
    expect('definition' in r && r.definition['sources']).toEqual([expect.objectContaining({ consulteLe: '2026-11-30' })]);
  });

  it('names every missing field, in French', () => {
    const r = definitionAideLocale(formulaireAideLocaleVide(), '2026-12-01');
    expect('erreurs' in r && r.erreurs.map((e) => e.champ)).toEqual([
      'territoireType',
      'territoireCode',
      'nom',
      'financeurType',
      'financeurNom',
      'description',
      'montant',
      'sourceLibelle',
    ]);
  });

  it('an elected official names its own collectivité as funder; an ARS its agency', () => {
    expect(financeursPossibles('elu', 'commune')).toEqual(['commune']);
    expect(financeursPossibles('ars', 'region')).toEqual(['ars']);
  });

  it('maps the API’s field names to the form’s fields', () => {
    expect(champDuFormulaireAideLocale('territoire.code')).toBe('territoireCode');
    expect(champDuFormulaireAideLocale('financeur.type')).toBe('financeurType');
    expect(champDuFormulaireAideLocale('id')).toBe('nom');
    expect(enIdentifiant('Aide « Santé » de l’Orne')).toBe('aide-sante-de-l-orne');
  });
});
