import { describe, expect, it } from 'vitest';
import { appliquerReponse, controleDuChamp, valeurDuChamp } from './champs-a-preciser';
import { demandeDuFormulaire, formulaireVide } from './demande-du-formulaire';

/**
 * Every field the single window may ask for (the `champ` of its « à préciser » points: the facts of
 * backend/src/aides/eligibilite/construire-faits.ts and the questions `reponses.<clé>`), answered in place.
 */
const CHAMPS_DEMANDES = [
  'profession',
  'premiereInstallation',
  'dateInstallation',
  'typeCabinet',
  'secteur',
  'modeExercice',
  'joursParSemaine',
  'age',
  'permanenceDesSoins',
  'dansQpv',
  'codeQpv',
  'classeZonageDeclaree',
  'aidesAnterieures',
  'typeProjet',
  'structure.medecinsGeneralistes',
  'structure.autresProfessionnels',
  'structure.populationCouverte',
  'structure.formeJuridique',
  'structure.projetDeSanteValide',
  'reponses.secteur-garde-zip',
  'reponses.lieu-dans-partie-frr',
];
const contexte = { profession: 'medecin-generaliste', qpv: [{ code: 'QN05972M', nom: 'Faubourg de Béthune' }] };

describe('questions answered in place (issue 12: every « question à trancher » maps to a field of the form)', () => {
  it.each(CHAMPS_DEMANDES)('%s has a control of the form', (champ) => {
    expect(controleDuChamp(champ, contexte, 'Question ?')).not.toBeNull();
  });

  it('a yes/no question sets its answer, « je ne sais pas » removes it', () => {
    const oui = appliquerReponse(formulaireVide('2026-03-01'), 'reponses.secteur-garde-zip', 'oui');
    expect(oui.reponses).toEqual({ 'secteur-garde-zip': true });
    expect(valeurDuChamp(oui, 'reponses.secteur-garde-zip')).toBe('oui');
    expect(appliquerReponse(oui, 'reponses.secteur-garde-zip', '').reponses).toEqual({});
  });

  it('an answer to a fact fills the same field as the form, and is sent with the next question', () => {
    let f = { ...formulaireVide('2026-03-01'), commune: '23096', situation: 'installation' as const, profession: 'medecin-generaliste' };
    f = appliquerReponse(f, 'dateInstallation', '2025-09-01');
    f = appliquerReponse(f, 'structure.projetDeSanteValide', 'oui');
    f = appliquerReponse(f, 'aidesAnterieures', 'aucune');
    expect(f).toMatchObject({ dateInstallation: '2025-09-01', projetDeSanteValide: 'oui', aidesAnterieures: 'aucune' });
    const r = demandeDuFormulaire(f);
    expect('demande' in r && r.demande).toMatchObject({ dateInstallation: '2025-09-01', aidesAnterieures: [] });
  });

  it('choosing a quartier prioritaire answers « in a QPV » too', () => {
    const f = appliquerReponse(formulaireVide('2026-03-01'), 'codeQpv', 'QN05972M');
    expect(f).toMatchObject({ codeQpv: 'QN05972M', dansQpv: 'oui' });
    expect(controleDuChamp('codeQpv', contexte)).toMatchObject({ type: 'choix', options: [['QN05972M', 'Faubourg de Béthune (QN05972M)']] });
  });

  it('the declared class is chosen among the classes of the profession’s own zonage', () => {
    expect(controleDuChamp('classeZonageDeclaree', contexte)).toMatchObject({ options: expect.arrayContaining([['ZIP', expect.any(String)]]) });
    expect(controleDuChamp('classeZonageDeclaree', { ...contexte, profession: 'sage-femme' })).toMatchObject({
      options: expect.arrayContaining([['TRES_SOUS_DOTEE', 'Zone très sous-dotée']]),
    });
  });
});
