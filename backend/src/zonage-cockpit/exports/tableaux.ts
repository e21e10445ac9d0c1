import { DecisionUnite } from '../brouillons/decisions';
import { LIBELLES_CATEGORIES, LIBELLES_CLASSES_UNITE, ClasseQpv, ClasseUnite } from '../unites/classes-cockpit';
import { Socle } from '../unites/socle';

export type Cellule = string | number | null;

export interface Tableau {
  nom: string;
  colonnes: { titre: string; format?: 'entier' | 'decimal3' | 'decimal1' | 'pourcent' }[];
  lignes: Cellule[][];
}

const libelleClasse = (c: string | null) => (c ? (LIBELLES_CLASSES_UNITE[c as ClasseUnite] ?? c) : 'inconnue');

/** The unit table of a draft (one row per unit), as exported to XLSX and CSV. */
export function tableauUnites(socle: Socle, unites: ReadonlyMap<string, DecisionUnite>): Tableau {
  const indicateurs = socle.unites[0]?.indicateurs ?? [];
  return {
    nom: 'Unités',
    colonnes: [
      { titre: 'Code unité' },
      { titre: 'Unité' },
      { titre: 'Population dans la région', format: 'entier' },
      { titre: 'Population totale de l’unité', format: 'entier' },
      { titre: 'Part de la population dans la région', format: 'pourcent' },
      { titre: 'APL aux médecins de 65 ans ou moins', format: 'decimal3' },
      { titre: 'APL', format: 'decimal3' },
      { titre: 'Catégorie nationale' },
      { titre: 'Classe en vigueur' },
      { titre: 'Classe du projet' },
      { titre: 'Verrou' },
      { titre: 'Forcée' },
      { titre: 'Justification du forçage' },
      { titre: 'Justification' },
      ...indicateurs.map((i) => ({ titre: `${i.libelle} (${i.unite})`, format: 'decimal1' as const })),
      { titre: 'Zone rouge : communes concernées' },
    ],
    lignes: socle.unites.map((u) => {
      const d = unites.get(u.code);
      return [
        u.code,
        u.nom,
        u.populationRegion,
        u.populationTotale,
        u.partRegion,
        u.aplMoins65,
        u.apl,
        u.categorie ? LIBELLES_CATEGORIES[u.categorie] : 'non calculable',
        libelleClasse(u.classeEnVigueur),
        libelleClasse(d?.classe ?? null),
        u.verrou?.message ?? '',
        d?.force ? 'oui' : 'non',
        d?.justificationForcage ?? '',
        d?.justification ?? '',
        ...u.indicateurs.map((i) => i.valeur),
        u.indicateurs.find((i) => i.code === 'zone_rouge')?.texte ?? '',
      ];
    }),
  };
}

/** The commune table of a draft (one row per commune or arrondissement of the région). */
export function tableauCommunes(socle: Socle, unites: ReadonlyMap<string, DecisionUnite>): Tableau {
  const noms = new Map(socle.unites.map((u) => [u.code, u.nom]));
  return {
    nom: 'Communes',
    colonnes: [
      { titre: 'Code commune' },
      { titre: 'Commune' },
      { titre: 'Département' },
      { titre: 'Code unité' },
      { titre: 'Unité' },
      { titre: 'Population', format: 'entier' },
      { titre: 'APL aux médecins de 65 ans ou moins', format: 'decimal3' },
      { titre: 'APL', format: 'decimal3' },
      { titre: 'Classe en vigueur' },
      { titre: 'Classe du projet' },
    ],
    lignes: socle.communes.map((c) => [
      c.code,
      c.nom,
      c.departement,
      c.unite,
      noms.get(c.unite) ?? c.unite,
      c.population,
      c.aplMoins65,
      c.apl,
      libelleClasse(c.classeEnVigueur),
      libelleClasse(unites.get(c.unite)?.classe ?? null),
    ]),
  };
}

export function tableauQpv(socle: Socle, qpv: ReadonlyMap<string, ClasseQpv>, unites: ReadonlyMap<string, DecisionUnite>): Tableau {
  return {
    nom: 'QPV',
    colonnes: [
      { titre: 'Code QPV' },
      { titre: 'QPV' },
      { titre: 'Communes' },
      { titre: 'Population retenue', format: 'entier' },
      { titre: 'Source de la population' },
      { titre: 'Classe du projet' },
    ],
    lignes: socle.qpv.map((q) => [
      q.code,
      q.nom,
      q.communes.join(' '),
      q.population,
      q.sourcePopulation,
      qpv.has(q.code) ? libelleClasse(qpv.get(q.code)!) : `suit son unité (${libelleClasse(unites.get(q.parts[0]?.unite ?? '')?.classe ?? null)})`,
    ]),
  };
}

export function tableauSources(socle: Socle): Tableau {
  return {
    nom: 'Sources et paramètres',
    colonnes: [{ titre: 'Élément' }, { titre: 'Valeur ou source' }],
    lignes: [
      ['Région', socle.regionNom],
      ['Unité', socle.uniteLibelle],
      ['APL', socle.sourceApl],
      ['Population', socle.sourcePopulation],
      [
        'Zonage en vigueur de référence',
        `${socle.zonageEnVigueur?.libelle ?? ''} au ${socle.dateReference}${socle.zonageEnVigueur?.motif ? ` — ${socle.zonageEnVigueur.motif}` : ''}`,
      ],
      ...socle.parametres.map((p): Cellule[] => [p.libelle, p.provenance]),
      ...socle.notes.map((n): Cellule[] => ['Note', n]),
    ],
  };
}
