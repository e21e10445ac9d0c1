import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { verifierCatalogue, verifierDefinitionAide } from './verifier-definition';

const catalogue = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../geo-data/aides/catalogue.json'), 'utf8'));
const valide = () => JSON.parse(JSON.stringify(catalogue.aides[0]));

describe('verifierDefinitionAide', () => {
  it('the shipped catalogue is valid', () => {
    expect(verifierCatalogue(catalogue)).toEqual([]);
  });
  it('every aid of the catalogue cites a source with a date checked', () => {
    for (const a of catalogue.aides) expect(a.sources.every((s: { consulteLe: string }) => /^\d{4}-\d{2}-\d{2}$/.test(s.consulteLe))).toBe(true);
  });
  it.each([
    ['criteres[0].fait', (a: any) => (a.criteres[0].fait = 'couleurDesYeux')],
    ['criteres[0].valeurs', (a: any) => (a.criteres[0].valeurs = ['dentiste'])],
    ['criteres[1].op', (a: any) => (a.criteres[1].op = 'min')],
    ['validite.debut', (a: any) => (a.validite.debut = '2026-02-30')],
    ['montant.cas[0]', (a: any) => delete a.montant.cas[0].montant],
    ['sources', (a: any) => (a.sources = [])],
    ['id', (a: any) => (a.id = 'Aide Locale!')],
    ['cibles', (a: any) => (a.cibles = ['touriste'])],
  ])('refuses a definition with a bad %s, naming the field', (champ, casser) => {
    const a = valide();
    casser(a);
    expect(verifierDefinitionAide(a).map((e) => e.champ)).toContain(champ);
  });
  it('refuses duplicate ids in the catalogue', () => {
    const double = { ...catalogue, aides: [...catalogue.aides, catalogue.aides[0]] };
    expect(verifierCatalogue(double).some((e) => e.message.includes('en double'))).toBe(true);
  });
});
