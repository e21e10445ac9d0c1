import { describe, expect, it } from 'vitest';
import { FormulaireAides, aujourdhuiParis, demandeDuFormulaire, formulaireVide } from './demande-du-formulaire';

const rempli = (f: Partial<FormulaireAides>): FormulaireAides => ({
  ...formulaireVide('2026-03-01'),
  commune: '10033',
  situation: 'installation',
  profession: 'medecin-generaliste',
  ...f,
});

describe('demandeDuFormulaire', () => {
  it('sends only commune, situation, profession and date when nothing else is answered (the rest stays unknown)', () => {
    expect(demandeDuFormulaire(rempli({}))).toEqual({
      demande: { commune: '10033', situation: 'installation', profession: 'medecin-generaliste', date: '2026-03-01' },
    });
  });

  it('asks an individual professional for the profession; a structure needs none and sends its own facts', () => {
    const sans = demandeDuFormulaire(rempli({ profession: '' }));
    expect('erreurs' in sans && sans.erreurs.map((e) => e.champ)).toEqual(['profession']);
    const msp = demandeDuFormulaire(
      rempli({
        situation: 'structure',
        profession: '',
        typeProjet: 'msp',
        formeJuridique: 'sisa',
        projetDeSanteValide: 'non',
        medecinsGeneralistes: '3',
        autresProfessionnels: '2',
      }),
    );
    expect('demande' in msp && msp.demande).toMatchObject({
      situation: 'structure',
      typeProjet: 'msp',
      structure: { formeJuridique: 'sisa', projetDeSanteValide: false, medecinsGeneralistes: 3, autresProfessionnels: 2 },
    });
  });

  it('sends the answers to questions, the main or secondary practice, the declared zone class and the quartier', () => {
    const r = demandeDuFormulaire(
      rempli({ reponses: { 'secteur-garde-zip': true }, typeCabinet: 'secondaire', classeZonageDeclaree: 'ZIP', codeQpv: 'QN05972M', dansQpv: 'non' }),
    );
    expect('demande' in r && r.demande).toMatchObject({
      reponses: { 'secteur-garde-zip': true },
      typeCabinet: 'secondaire',
      classeZonageDeclaree: 'ZIP',
      codeQpv: 'QN05972M',
    });
    expect('demande' in r && 'dansQpv' in r.demande).toBe(false);
  });

  it('distinguishes « no previous aid » ([]) from « not answered » (omitted)', () => {
    const aucune = demandeDuFormulaire(rempli({ aidesAnterieures: 'aucune' }));
    const inconnu = demandeDuFormulaire(rempli({ aidesAnterieures: 'inconnu' }));
    expect('demande' in aucune && aucune.demande.aidesAnterieures).toEqual([]);
    expect('demande' in inconnu && 'aidesAnterieures' in inconnu.demande).toBe(false);
  });

  it('sends a first GP installation in sector 1 with typed values', () => {
    const r = demandeDuFormulaire(
      rempli({
        profession: 'medecin-generaliste',
        premiereInstallation: 'oui',
        secteur: 'secteur-1',
        joursParSemaine: '4,5',
        age: '34',
        permanenceDesSoins: 'non',
        typeProjet: 'individuel',
      }),
    );
    expect(r).toEqual({
      demande: {
        commune: '10033',
        situation: 'installation',
        profession: 'medecin-generaliste',
        date: '2026-03-01',
        premiereInstallation: true,
        secteur: 'secteur-1',
        joursParSemaine: 4.5,
        age: 34,
        permanenceDesSoins: false,
        typeProjet: 'individuel',
      },
    });
  });

  it('lists previous aids with their dates, and refuses an incomplete one', () => {
    const ok = demandeDuFormulaire(rempli({ aidesAnterieures: 'oui', listeAidesAnterieures: [{ code: 'caim', date: '2020-05-01' }] }));
    expect('demande' in ok && ok.demande.aidesAnterieures).toEqual([{ code: 'caim', date: '2020-05-01' }]);
    const incomplet = demandeDuFormulaire(rempli({ aidesAnterieures: 'oui', listeAidesAnterieures: [{ code: 'caim', date: '' }] }));
    expect('erreurs' in incomplet && incomplet.erreurs.map((e) => e.champ)).toEqual(['listeAidesAnterieures']);
  });

  it('asks for the commune and the situation, and checks days and age', () => {
    const r = demandeDuFormulaire({ ...formulaireVide('2026-03-01'), joursParSemaine: '9', age: '12' });
    // No situation yet: the profession is not asked before one says who is asking.
    expect('erreurs' in r && r.erreurs.map((e) => e.champ)).toEqual(['commune', 'situation', 'joursParSemaine', 'age']);
  });

  it('accepts Corsican INSEE codes', () => {
    expect('demande' in demandeDuFormulaire(rempli({ commune: '2A004' }))).toBe(true);
  });

  it('dates the question in Paris time', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(aujourdhuiParis(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
