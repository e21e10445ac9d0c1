import type { Content } from 'pdfmake/interfaces';
import { decimalFr, entierFr, signeFr } from '../pdf/format-fr';
import { ContenuRapport, liste, paragraphe, SourceRapport, tableau, titreSection } from '../pdf/gabarit-rapport';

interface ResumeHorizon {
  readonly annee: number;
  readonly apl: number | null;
  readonly aplMoins65: number | null;
  readonly populationSous2_5: number | null;
  readonly populationSous4: number | null;
  readonly classe: string | null;
}

/** What the note reads of `POST /api/prospective/scenarios` and `GET /api/prospective/hypotheses`. */
export interface DonneesNoteProspective {
  readonly territoire: { readonly nom: string };
  readonly anneeReference: number;
  readonly aujourdhui: ResumeHorizon;
  readonly scenarios: {
    readonly observe: { readonly hypotheses: readonly HypotheseRetenue[]; readonly horizons: readonly ResumeHorizon[] };
    readonly cible: { readonly hypotheses: readonly HypotheseRetenue[]; readonly horizons: readonly ResumeHorizon[] };
  };
  readonly leviers: readonly { readonly libelle: string; readonly horizons: readonly { readonly annees: number; readonly ecartApl: number | null }[] }[];
  readonly classes: Readonly<Record<string, string>>;
  readonly avertissements: readonly string[];
  readonly source: { readonly libelle: string; readonly millesime: string };
  readonly offre: { readonly libelle: string };
  readonly sourcesLeviers: readonly { readonly libelle: string; readonly url: string; readonly consulteLe: string }[];
  readonly genereLe: Date;
}

interface HypotheseRetenue {
  readonly numero: number;
  readonly titre: string;
  readonly lettre: string;
  readonly hypothese: string;
}

/**
 * The prospective note (was a printable HTML page): the territory, the two scenarios and their hypotheses, the
 * figures side by side, what moves the territory most, the caveats and the sources — in the reports' template.
 */
export function documentProspective(r: DonneesNoteProspective): ContenuRapport {
  const horizons = r.scenarios.observe.horizons;
  const classe = (c: string | null) => (c ? (r.classes[c] ?? c) : 'non disponible');
  const ligne = (libelle: string, f: (x: ResumeHorizon) => string) => [
    libelle,
    f(r.aujourdhui),
    ...horizons.flatMap((o, k) => [f(o), f(r.scenarios.cible.horizons[k])]),
  ];
  const choix = (s: 'observe' | 'cible') => r.scenarios[s].hypotheses.map((x) => `Enjeu ${x.numero}, ${x.titre} : hypothèse ${x.lettre}, « ${x.hypothese} »`);
  const sections: Content[] = [
    paragraphe(
      'Deux scénarios à 5 et 10 ans : le scénario observé prolonge la dynamique actuelle, le scénario cible décrit où les partenaires veulent aller. L’APL mesure les consultations de médecine générale accessibles par habitant et par an ; sous 2,5 un territoire est sous-doté, entre 2,5 et 4 il est fragile.',
    ),
    titreSection('Les chiffres'),
    tableau(
      ['Indicateur', `Aujourd’hui (${r.aujourdhui.annee})`, ...horizons.flatMap((x) => [`Observé ${x.annee}`, `Cible ${x.annee}`])],
      [
        ligne('APL', (x) => decimalFr(x.apl)),
        ligne('APL des médecins de moins de 65 ans', (x) => decimalFr(x.aplMoins65)),
        ligne('Habitants sous 2,5', (x) => entierFr(x.populationSous2_5)),
        ligne('Habitants sous 4', (x) => entierFr(x.populationSous4)),
        ligne('Classe', (x) => classe(x.classe)),
      ],
      { droite: [1, 2, 3, 4, 5], largeurs: [120, '*', '*', '*', '*', '*'] },
    ),
    titreSection('Scénario observé'),
    liste(choix('observe')),
    titreSection('Scénario cible'),
    liste(choix('cible')),
    titreSection('Ce qui fait le plus bouger le territoire'),
    paragraphe('Écart d’APL obtenu en passant un seul levier du scénario observé à sa valeur cible :'),
    liste(
      r.leviers.length
        ? r.leviers.slice(0, 8).map((l) => `${l.libelle} : ${l.horizons.map((x) => `${signeFr(x.ecartApl)} en ${r.anneeReference + x.annees}`).join(', ')}`)
        : ['Aucun levier ne diffère entre les deux scénarios.'],
    ),
    paragraphe(`Offre de départ : ${r.offre.libelle}.`, { petit: true }),
  ];
  const sources: SourceRapport[] = [
    { libelle: r.source.libelle, millesime: r.source.millesime },
    ...r.sourcesLeviers.map((s) => ({ libelle: `${s.libelle} (consulté le ${s.consulteLe})`, url: s.url })),
  ];
  return {
    titre: `${r.territoire.nom} : l’accès aux médecins généralistes en ${horizons.map((x) => x.annee).join(' et ')}`,
    sousTitre: 'Note prospective : scénario observé et scénario cible',
    destinataires: 'Pour les partenaires d’un contrat local de santé, un conseil ou une note de l’ARS.',
    sections,
    avertissements: r.avertissements,
    sources,
    genereLe: r.genereLe,
    sujet: `Prospective de l’accès aux médecins généralistes — ${r.territoire.nom}`,
  };
}
