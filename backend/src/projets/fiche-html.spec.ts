import { EtatCouverture } from '../jeux-de-donnees/couverture-donnees';
import { echapperHtml } from '../common/texte/echapper-html';
import { ficheProjetHtml } from './fiche-html';
import { Projet } from './projets.repository';
import { AnalyseProjet } from './projets.service';
import { verdictCirculaire } from './verdict-circulaire';

const P = {
  id: 'a',
  nom: '<img src=x onerror=alert(1)>',
  type: 'msp',
  etape: 'financement',
  communeCode: '31555',
  communeNom: 'Toulouse',
  departementCode: '31',
  porteurType: 'collectivite',
  porteurNom: 'Commune',
  professionnels: [],
  projetSanteValide: true,
  projetSanteDate: '2026-03-15',
  formeJuridique: 'sisa',
  planFinancement: [],
  documents: [{ titre: 't', url: 'https://x.fr/"a' }],
  dateLancement: null,
  dateOuverturePrevue: null,
  dateOuverture: null,
} as unknown as Projet;

const src = { libelle: 'DREES, APL aux médecins généralistes 2023', millesime: '2023' };
const v = (valeur: number | string | null) => ({ valeur, source: src });

const COUVERT: EtatCouverture = { theme: 'structures', couvert: true, raison: null, commentCharger: null, perimetre: 'l’Occitanie', millesimes: ['2026'] };

function analyse(extra: Partial<AnalyseProjet> = {}): AnalyseProjet {
  return {
    besoin: { disponible: false, message: 'non branché' },
    impact: { disponible: false, message: 'Aucun médecin généraliste engagé' },
    aides: { disponible: false, date: '2026-03-01', message: 'catalogue absent' },
    voisins: {
      methode: 'trajet',
      minutesMax: 20,
      source: 'FINESS',
      projets: [{ id: 'b', nom: 'MSP voisine', type: 'msp', etape: 'idee', communeCode: '31069', communeNom: 'Blagnac', minutes: 9.5 }],
      structures: [
        {
          id: 7,
          type: 'msp',
          nature: null,
          nom: 'MSP <b>des Ponts</b>',
          statut: 'ouverte',
          finess: null,
          communeCode: '31555',
          communeNom: 'Toulouse',
          minutes: 0,
          concurrente: true,
          source: 'FINESS',
        },
      ],
      couverture: COUVERT,
      nombreStructures: 1,
      chevauchement: true,
      avertissement: null,
      alerte: '1 autre projet et 1 structure à moins de 20 minutes desservent la même zone',
    },
    ...extra,
  };
}

describe('fiche projet HTML', () => {
  it('says the neighbouring structures are not known where FINESS is not loaded, and how to load them', () => {
    const nonCouvert: EtatCouverture = {
      ...COUVERT,
      couvert: false,
      raison: 'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.',
      commentCharger: 'Importez l’extrait FINESS national.',
    };
    const html = ficheProjetHtml(
      P,
      analyse({
        voisins: {
          ...analyse().voisins,
          projets: [],
          couverture: nonCouvert,
          structures: null,
          nombreStructures: null,
          chevauchement: null,
          alerte: null,
          avertissement: `${nonCouvert.raison} Les structures à moins de 20 minutes ne sont pas connues : ne concluez pas à leur absence. ${nonCouvert.commentCharger}`,
        },
      }),
    );
    expect(html).toContain('données chargées pour l’Occitanie seulement');
    expect(html).toContain('Importez l’extrait FINESS national');
    expect(html).toContain('non connues');
    expect(html).not.toContain('Aucune MSP, PSP, centre de santé ni CPTS connu');
  });

  it('escapes user text (no script injection)', () => {
    expect(echapperHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const html = ficheProjetHtml(P, analyse());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>des Ponts');
    expect(html).toContain('validé le 15/03/2026');
    expect(html).toContain('Attention : 1 projet à moins de 20 minutes pourrait');
    expect(html).toContain('href="https://x.fr/&quot;a"');
  });

  it('says why a part is missing rather than showing figures', () => {
    const html = ficheProjetHtml(P, analyse());
    expect(html).toContain('non branché');
    expect(html).toContain('Aucun médecin généraliste engagé');
    expect(html).toContain('catalogue absent');
  });

  it('shows the need with its source and year, and the 2010-circular verdict', () => {
    const commune = {
      nom: 'Graulhet',
      apl: v(2.243),
      aplMoins65: v(1.669),
      classe: v('sous_dotee'),
      population: { totale: v(13166), sous2_5: v(13166), sous4: v(13166) },
    };
    const html = ficheProjetHtml(P, analyse({ besoin: { disponible: true, indicateurs: { commune, zone: null }, verdict: verdictCirculaire(2.243, src) } }));
    expect(html).toContain('Zone fragile (cible de la circulaire)');
    expect(html).toContain('2,243');
    expect(html).toContain('DREES, APL aux médecins généralistes 2023 (2023)');
    expect(html).toContain('Sous-dotée (APL &lt; 2,5)');
  });
});
