import type { Content } from 'pdfmake/interfaces';
import { ClasseAcces } from '../../acces/indicateurs/classes-acces';
import { blocCarte, CarteRapport, legendeEnLigne } from '../pdf/carte-svg';
import { decimalFr, entierFr, nombreDe, signeFr } from '../pdf/format-fr';
import { ContenuRapport, paragraphe, SourceRapport, tableau, titreSection, liste } from '../pdf/gabarit-rapport';
import { CLASSES_EN_PHRASE, verdictCommune } from './verdict-simulation';

const COMMUNES_LISTEES = 4;

export interface CommuneSimuleeRapport {
  readonly code: string;
  readonly nom: string;
  readonly aplAvant: number;
  readonly aplApres: number;
  readonly delta: number;
  readonly population: number;
  readonly classeAvant: ClasseAcces | null;
  readonly classeApres: ClasseAcces | null;
}

export interface DonneesRapportSimulation {
  /** The changes in plain French (« Ouverture d’une MSP de 3 médecins à Boussac »). */
  readonly changements: readonly string[];
  readonly annee: number;
  readonly consultationsParMedecin: number;
  readonly communes: readonly CommuneSimuleeRapport[];
  readonly franchissements: readonly {
    readonly seuil: number;
    readonly passentAuDessus: { readonly communes: readonly string[]; readonly population: number };
    readonly passentEnDessous: { readonly communes: readonly string[]; readonly population: number };
  }[];
  readonly territoires: readonly {
    readonly nom: string;
    readonly aplAvant: number | null;
    readonly aplApres: number | null;
    readonly populationSous2_5: { readonly avant: number; readonly apres: number };
    readonly populationSous4: { readonly avant: number; readonly apres: number };
  }[];
  /** The commune the user chose: its one-sentence verdict heads the report. */
  readonly communeChoisie: CommuneSimuleeRapport | null;
  readonly carteAvant: CarteRapport | null;
  readonly carteApres: CarteRapport | null;
  readonly avertissements: readonly string[];
  readonly source: SourceRapport;
  readonly trajets: string;
  readonly genereLe: Date;
}

const classe = (c: ClasseAcces | null) => (c ? CLASSES_EN_PHRASE[c] : 'APL non publiée');
const TERRITOIRES_LISTES = 3;

/** The one-page report of a simulation: scenario, verdict, before/after map, thresholds crossed, caveats, sources. */
export function documentSimulation(d: DonneesRapportSimulation): ContenuRapport {
  const sections: Content[] = [];
  const changentDeClasse = d.communes.filter((c) => c.classeAvant !== c.classeApres);
  sections.push(titreSection('Le scénario'));
  sections.push(liste(d.changements));
  if (d.communeChoisie) sections.push({ text: verdictCommune(d.communeChoisie), bold: true, fontSize: 11, margin: [0, 2, 0, 6] });
  // What moves, then the thresholds crossed, in one paragraph.
  const seuils = d.franchissements.map((f) => {
    const seuil = decimalFr(f.seuil, f.seuil % 1 ? 1 : 0);
    const morceaux = [
      `au-dessus de ${seuil} : ${nombreDe(f.passentAuDessus.population, 'habitant', 'habitants')} (${nombreDe(f.passentAuDessus.communes.length, 'commune', 'communes')})`,
    ];
    if (f.passentEnDessous.communes.length)
      morceaux.push(
        `en dessous de ${seuil} : ${nombreDe(f.passentEnDessous.population, 'habitant', 'habitants')} (${nombreDe(f.passentEnDessous.communes.length, 'commune', 'communes')})`,
      );
    return `Seuil ${seuil} — passent ${morceaux.join(' ; passent ')}.`;
  });
  sections.push(
    paragraphe(
      [
        `${nombreDe(d.communes.length, 'commune voit son', 'communes voient leur')} APL changer ; ${nombreDe(changentDeClasse.length, 'commune change', 'communes changent')} de classe. `,
        ...seuils.map((x) => `${x} `),
      ].join(''),
    ),
  );
  if (d.carteAvant && d.carteApres) {
    sections.push({ columns: [blocCarte(d.carteAvant, 255, 135, { legende: false }), blocCarte(d.carteApres, 255, 135, { legende: false })], columnGap: 15 });
    sections.push(legendeEnLigne([...d.carteAvant.legende, ...d.carteApres.legende]));
    sections.push(
      paragraphe(`Valeurs : ${d.carteAvant.source} (avant), ${d.carteApres.source} (après). Contours : ${d.carteAvant.attribution}.`, { petit: true }),
    );
  }

  if (changentDeClasse.length) {
    sections.push(titreSection('Communes qui changent de classe'));
    sections.push(
      tableau(
        ['Commune', 'Classe avant → après', 'APL avant → après', 'Habitants'],
        changentDeClasse
          .slice(0, COMMUNES_LISTEES)
          .map((c) => [
            `${c.nom} (${c.code})`,
            `${classe(c.classeAvant)} → ${classe(c.classeApres)}`,
            `${decimalFr(c.aplAvant)} → ${decimalFr(c.aplApres)}`,
            entierFr(c.population),
          ]),
        { droite: [3] },
      ),
    );
    if (changentDeClasse.length > COMMUNES_LISTEES)
      sections.push(paragraphe(`… et ${entierFr(changentDeClasse.length - COMMUNES_LISTEES)} autres (toutes dans l’export CSV).`, { petit: true }));
  }
  if (d.territoires.length) {
    // The territories the scenario moves most (one page: the others are in the CSV).
    const ecart = (t: DonneesRapportSimulation['territoires'][number]) => Math.abs((t.aplApres ?? 0) - (t.aplAvant ?? 0));
    const retenus = [...d.territoires].sort((a, b) => ecart(b) - ecart(a)).slice(0, TERRITOIRES_LISTES);
    sections.push(titreSection('Bilan par territoire'));
    sections.push(
      tableau(
        ['Territoire', 'APL avant → après', 'Habitants sous 2,5', 'Habitants sous 4'],
        retenus.map((t) => [
          t.nom,
          t.aplAvant === null || t.aplApres === null
            ? 'non calculable'
            : `${decimalFr(t.aplAvant)} → ${decimalFr(t.aplApres)} (${signeFr(t.aplApres - t.aplAvant)})`,
          `${entierFr(t.populationSous2_5.avant)} → ${entierFr(t.populationSous2_5.apres)}`,
          `${entierFr(t.populationSous4.avant)} → ${entierFr(t.populationSous4.apres)}`,
        ]),
        { droite: [2, 3] },
      ),
    );
    if (d.territoires.length > retenus.length) {
      sections.push(
        paragraphe(
          `Les ${nombreDe(d.territoires.length - retenus.length, 'autre territoire touché est', 'autres territoires touchés sont')} dans l’export CSV par territoire.`,
          { petit: true },
        ),
      );
    }
  }
  return {
    titre: 'Simulation de l’accès aux médecins généralistes',
    sousTitre: `Effet estimé sur l’APL ${d.annee} des changements de l’offre ci-dessous`,
    destinataires: 'Pour un élu, un porteur de projet ou une note de l’ARS.',
    sections,
    avertissements: [
      `Un médecin ajouté ou retiré compte pour ${entierFr(d.consultationsParMedecin)} consultations et visites par an (activité que la DREES retient pour un médecin qui s’installe).`,
      d.trajets,
      'L’APL simulée est une estimation de Maillage, pas une valeur publiée par la DREES.',
      ...d.avertissements,
    ],
    sources: [d.source, { libelle: 'IGN, ADMIN EXPRESS (contours des communes)' }],
    genereLe: d.genereLe,
    sujet: `Simulation : ${d.changements.join(' ; ')}`,
    compact: true,
  };
}
