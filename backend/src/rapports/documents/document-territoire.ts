import type { Content } from 'pdfmake/interfaces';
import { ClasseAcces } from '../../acces/indicateurs/classes-acces';
import { LIBELLES_CARTE_CLASSES } from '../cartes-rapport';
import { blocCarte, CarteRapport } from '../pdf/carte-svg';
import { dateLongueFr, decimalFr, entierFr, nombreDe, signeFr } from '../pdf/format-fr';
import { chiffresCles, ContenuRapport, paragraphe, SourceRapport, tableau, titreSection } from '../pdf/gabarit-rapport';

export type TypeTerritoireRapport = 'commune' | 'epci' | 'departement' | 'region';

const ARTICLE_TYPE: Readonly<Record<TypeTerritoireRapport, string>> = {
  commune: 'la commune',
  epci: 'l’intercommunalité (EPCI)',
  departement: 'le département',
  region: 'la région',
};

export const LIBELLES_ZONAGE_MEDECINS: Readonly<Record<string, string>> = {
  ZIP: 'zone d’intervention prioritaire (ZIP)',
  ZAC: 'zone d’action complémentaire (ZAC)',
  ZAR: 'zone d’accompagnement régional (ZAR)',
  HZ: 'hors zonage',
  MIXTE: 'classes différentes selon les parties de la commune',
  'sans classe': 'sans classe dans le zonage chargé',
};

const LIBELLES_STRUCTURES: Readonly<Record<string, [string, string]>> = {
  msp: ['maison de santé pluriprofessionnelle (MSP)', 'maisons de santé pluriprofessionnelles (MSP)'],
  psp: ['pôle de santé (PSP)', 'pôles de santé (PSP)'],
  cds: ['centre de santé', 'centres de santé'],
  cpts: ['communauté professionnelle territoriale de santé (CPTS)', 'communautés professionnelles territoriales de santé (CPTS)'],
  esp: ['équipe de soins primaires (ESP)', 'équipes de soins primaires (ESP)'],
};

const STATUTS_AIDE: Readonly<Record<string, string>> = { eligible: 'éligible', 'a-confirmer': 'à confirmer' };
const COMMUNES_LISTEES = 15;
const STRUCTURES_LISTEES = 20;

export interface DonneesRapportTerritoire {
  readonly territoire: {
    readonly type: TypeTerritoireRapport;
    readonly code: string;
    readonly nom: string;
    readonly population: number;
    readonly sourcePopulation: SourceRapport;
    readonly parents: readonly string[];
    readonly nbCommunes: number;
  };
  readonly acces: {
    readonly annee: number;
    readonly anneePopulation: number;
    readonly apl: number | null;
    readonly aplMoins65: number | null;
    readonly fragilite: number | null;
    readonly classe: ClasseAcces | null;
    readonly absence: string | null;
    readonly region: { readonly nom: string; readonly apl: number | null } | null;
    readonly rangs: readonly { readonly rang: number; readonly sur: number; readonly perimetre: string }[];
    readonly evolution: { readonly depuis: number; readonly aplPrecedente: number | null; readonly ecart: number | null } | null;
    readonly population: { readonly totale: number; readonly sous2_5: number; readonly sous4: number };
    readonly horizons: { readonly annee5: number; readonly apl5: number | null; readonly annee10: number; readonly apl10: number | null };
    /** Null where no commune of the territory has an APL (Mayotte). */
    readonly repartition: Readonly<Record<ClasseAcces, { readonly communes: number; readonly population: number }>> | null;
    readonly source: SourceRapport;
  } | null;
  readonly carte: CarteRapport | null;
  readonly zones: {
    readonly perimetre: string;
    readonly total: { readonly communes: number; readonly population: number };
    readonly communes: readonly {
      readonly nom: string;
      readonly code: string;
      readonly classe: ClasseAcces;
      readonly apl: number | null;
      readonly population: number;
    }[];
  } | null;
  readonly structures: {
    /** Null where the structures are not loaded for the territory (see `couverture`). */
    readonly parType: Readonly<Record<string, number | null>>;
    readonly liste: readonly { readonly nom: string; readonly type: string; readonly commune: string | null }[];
    readonly source: string;
    readonly eloignement: string | null;
    /** What the loaded structures cover, when they do not cover the territory (FINESS loaded for some régions only). */
    readonly couverture: string | null;
  } | null;
  readonly zonage: {
    readonly date: string;
    readonly classe: string | null;
    readonly repartition: Readonly<Record<string, { readonly communes: number; readonly habitants: number }>> | null;
    readonly version: {
      readonly libelle: string;
      readonly arrete: string | null;
      readonly dateArrete: string | null;
      readonly debut: string;
      readonly debutConnu: boolean;
      readonly fin: string | null;
      readonly finPresumee: string | null;
      readonly lienArrete: string | null;
      readonly source: string;
    } | null;
    readonly perimee: string | null;
  } | null;
  readonly aides: {
    readonly commune: { readonly nom: string; readonly code: string };
    readonly exemple: boolean;
    readonly date: string;
    readonly catalogue: string;
    readonly profils: readonly {
      readonly libelle: string;
      readonly aides: readonly { readonly nom: string; readonly statut: string; readonly montant: string }[];
    }[];
  } | null;
  /** Null: not connected (projects are shown to accounts only). */
  readonly projets:
    readonly { readonly nom: string; readonly type: string; readonly etape: string; readonly commune: string; readonly verdict: string | null }[] | null;
  readonly genereLe: Date;
}

/** The territory report for a municipal council or an ARS note: 2 to 4 A4 pages. */
export function documentTerritoire(d: DonneesRapportTerritoire): ContenuRapport {
  const t = d.territoire;
  const sources: SourceRapport[] = [t.sourcePopulation];
  const avertissements: string[] = [];
  const sections: Content[] = [];

  sections.push(titreSection('L’essentiel'));
  sections.push(paragraphe(resume(d)));

  if (d.acces) {
    const a = d.acces;
    sources.push(a.source);
    sections.push(titreSection(`Accès aux médecins généralistes (APL ${a.annee})`));
    sections.push(
      paragraphe(
        'L’APL (accessibilité potentielle localisée, DREES) compte les consultations de médecine générale accessibles en moins de 20 minutes, par habitant et par an. Sous 2,5 un territoire est sous-doté ; de 2,5 à 4 il est fragile.',
        { petit: true },
      ),
    );
    const paires: { libelle: string; valeur: string; detail?: string }[] = [
      { libelle: 'APL', valeur: a.apl === null ? 'non publiée' : decimalFr(a.apl), detail: a.absence ?? undefined },
      { libelle: 'Classe', valeur: a.classe ? LIBELLES_CARTE_CLASSES[a.classe] : 'non publiée' },
      {
        libelle: 'APL des médecins de moins de 65 ans',
        valeur: a.aplMoins65 === null ? 'non publiée' : decimalFr(a.aplMoins65),
        detail: a.fragilite === null ? undefined : `${Math.round(a.fragilite * 100)} % de l’accès dépend de médecins de 65 ans et plus`,
      },
    ];
    if (a.region) paires.push({ libelle: `Région ${a.region.nom}`, valeur: a.region.apl === null ? 'non publiée' : decimalFr(a.region.apl) });
    a.rangs.forEach((r, k) =>
      paires.push({
        libelle: `Rang dans ${r.perimetre}`,
        valeur: `${rangFr(r.rang)} sur ${entierFr(r.sur)}`,
        detail: k === a.rangs.length - 1 ? 'rang 1 = meilleur accès' : undefined,
      }),
    );
    if (a.evolution) {
      paires.push({
        libelle: `Évolution depuis ${a.evolution.depuis}`,
        valeur: signeFr(a.evolution.ecart),
        detail: `APL ${a.evolution.depuis} : ${decimalFr(a.evolution.aplPrecedente)}`,
      });
    }
    paires.push({
      libelle: 'Habitants sous les seuils',
      valeur: `${entierFr(a.population.sous2_5)} sous 2,5 · ${entierFr(a.population.sous4)} sous 4`,
      detail: `sur ${nombreDe(a.population.totale, 'habitant', 'habitants')} (population ${a.anneePopulation} retenue par la DREES pour l’APL ${a.annee})`,
    });
    paires.push({
      libelle: 'Projection sans remplacement des départs',
      valeur: `${decimalFr(a.horizons.apl5)} en ${a.horizons.annee5} · ${decimalFr(a.horizons.apl10)} en ${a.horizons.annee10}`,
      detail: 'si les médecins de 65 ans et plus cessent leur activité sans être remplacés (borne basse)',
    });
    sections.push(chiffresCles(paires));
    const repartition = a.repartition;
    if (t.type !== 'commune' && repartition) {
      sections.push(
        tableau(
          ['Classe', 'Communes', 'Habitants'],
          (['sous_dotee', 'fragile_menacee', 'fragile', 'suffisante'] as const).map((c) => [
            LIBELLES_CARTE_CLASSES[c],
            entierFr(repartition[c].communes),
            entierFr(repartition[c].population),
          ]),
          { droite: [1, 2] },
        ),
      );
    }
    avertissements.push(
      'Les projections à 5 et 10 ans supposent qu’aucun médecin de 65 ans et plus n’est remplacé : ce sont des bornes basses, pas des prévisions.',
    );
  }

  if (d.carte) sections.push(blocCarte(d.carte));

  if (d.zones) {
    const z = d.zones;
    sections.push(titreSection(`Communes sous-dotées et fragiles — ${z.perimetre}`));
    sections.push(
      paragraphe(
        `${nombreDe(z.total.communes, 'commune sous-dotée ou fragile', 'communes sous-dotées ou fragiles')}, ${nombreDe(z.total.population, 'habitant', 'habitants')}.${
          z.communes.length > COMMUNES_LISTEES ? ` Les ${COMMUNES_LISTEES} plus peuplées :` : ''
        }`,
      ),
    );
    if (z.communes.length) {
      sections.push(
        tableau(
          ['Commune', 'Classe', 'APL', 'Habitants'],
          z.communes
            .slice(0, COMMUNES_LISTEES)
            .map((c) => [`${c.nom} (${c.code})`, LIBELLES_CARTE_CLASSES[c.classe], decimalFr(c.apl), entierFr(c.population)]),
          { droite: [2, 3] },
        ),
      );
    }
  }

  if (d.structures) {
    const s = d.structures;
    sources.push({ libelle: s.source });
    sections.push(titreSection('Structures d’exercice coordonné'));
    const comptes = Object.entries(s.parType)
      .filter((e): e is [string, number] => e[1] !== null && e[1] > 0)
      .map(([type, n]) => nombreDe(n, ...(LIBELLES_STRUCTURES[type] ?? [type, type])));
    const nonChargees = Object.values(s.parType).every((n) => n === null);
    sections.push(
      paragraphe(
        nonChargees
          ? `Structures non chargées pour ${ARTICLE_TYPE[t.type]} : leur nombre est inconnu.`
          : comptes.length
            ? `Dans ${ARTICLE_TYPE[t.type]} : ${comptes.join(', ')}.`
            : `Aucune structure connue dans ${ARTICLE_TYPE[t.type]}.`,
      ),
    );
    if (s.couverture) sections.push(paragraphe(`Attention : ${minuscule(s.couverture)}`, { petit: true }));
    if (s.liste.length) {
      sections.push(
        tableau(
          ['Structure', 'Type', 'Commune'],
          s.liste.slice(0, STRUCTURES_LISTEES).map((x) => [x.nom, (LIBELLES_STRUCTURES[x.type]?.[0] ?? x.type).replace(/ \(.*\)$/, ''), x.commune ?? '']),
        ),
      );
      if (s.liste.length > STRUCTURES_LISTEES) sections.push(paragraphe(`… et ${entierFr(s.liste.length - STRUCTURES_LISTEES)} autres.`, { petit: true }));
    }
    if (s.eloignement) sections.push(paragraphe(s.eloignement, { petit: true }));
  }

  if (d.zonage) {
    const z = d.zonage;
    sections.push(titreSection('Zonage médecins'));
    if (t.type === 'commune') {
      sections.push(
        paragraphe(
          z.classe
            ? `Au ${dateLongueFr(z.date)}, la commune est classée ${LIBELLES_ZONAGE_MEDECINS[z.classe] ?? z.classe}.`
            : `Aucune classe de zonage en vigueur au ${dateLongueFr(z.date)}.`,
        ),
      );
    } else if (z.repartition) {
      sections.push(
        tableau(
          ['Classe du zonage', 'Communes', 'Habitants'],
          Object.entries(z.repartition).map(([classe, r]) => [LIBELLES_ZONAGE_MEDECINS[classe] ?? classe, entierFr(r.communes), entierFr(r.habitants)]),
          { droite: [1, 2] },
        ),
      );
    }
    if (z.version) {
      const v = z.version;
      const debut = v.debutConnu ? `en vigueur depuis le ${dateLongueFr(v.debut)}` : `publié en ${v.debut.slice(0, 4)} (date de l’arrêté inconnue)`;
      const fin = v.fin ? `, jusqu’au ${dateLongueFr(v.fin)}` : v.finPresumee ? `, remplacé en principe au ${dateLongueFr(v.finPresumee)}` : '';
      sections.push(
        paragraphe(`Version : ${v.arrete ?? v.libelle}${v.dateArrete ? `, arrêté du ${dateLongueFr(v.dateArrete)}` : ''} — ${debut}${fin}.`, { petit: true }),
      );
      sources.push({ libelle: v.source, url: v.lienArrete });
    }
    if (z.perimee) avertissements.push(z.perimee);
  }

  if (d.aides) {
    const a = d.aides;
    sources.push({ libelle: `Catalogue des aides de Maillage, version ${a.catalogue}` });
    sections.push(titreSection('Aides ouvertes'));
    sections.push(
      paragraphe(
        a.exemple
          ? `Les aides dépendent du zonage de chaque commune. Exemple au ${dateLongueFr(a.date)} pour ${a.commune.nom} (${a.commune.code}), la commune la plus peuplée :`
          : `Aides ouvertes à ${a.commune.nom} au ${dateLongueFr(a.date)} :`,
      ),
    );
    // One line per aid, with the profiles it is open to (the same aid is offered to several profiles).
    const parAide = new Map<string, { nom: string; statut: string; montant: string; profils: string[] }>();
    for (const p of a.profils) {
      for (const x of p.aides) {
        const ligne = parAide.get(x.nom) ?? parAide.set(x.nom, { nom: x.nom, statut: x.statut, montant: x.montant, profils: [] }).get(x.nom)!;
        if (x.statut === 'eligible') ligne.statut = 'eligible';
        ligne.profils.push(p.libelle);
      }
    }
    const lignes = [...parAide.values()].map((x) => [x.nom, x.profils.join(', '), STATUTS_AIDE[x.statut] ?? x.statut, x.montant]);
    if (lignes.length) sections.push(tableau(['Aide', 'Pour', 'Statut', 'Montant'], lignes, { largeurs: ['*', 120, 50, 110] }));
    else sections.push(paragraphe('Aucune aide ouverte à cette date.'));
    avertissements.push('« À confirmer » : un critère dépend de la situation de la personne ou du projet (à vérifier avec le financeur).');
  }

  if (d.projets) {
    sections.push(titreSection('Projets suivis'));
    if (d.projets.length) {
      sections.push(
        tableau(
          ['Projet', 'Type', 'Étape', 'Commune', 'Besoin de la zone'],
          d.projets.map((p) => [p.nom, p.type, p.etape, p.commune, p.verdict ?? '']),
        ),
      );
    } else sections.push(paragraphe('Aucun projet suivi dans ce territoire parmi ceux que votre compte peut voir.'));
  }

  avertissements.push(
    'Les temps de trajet sont approchés à partir des distances à vol d’oiseau (le distancier routier de l’INSEE utilisé par la DREES n’est pas disponible en données ouvertes).',
  );
  return {
    titre: `${t.nom} : accès aux soins de premier recours`,
    sousTitre: `Rapport sur ${ARTICLE_TYPE[t.type]} ${t.nom}${t.parents.length ? ` (${t.parents.join(', ')})` : ''}`,
    destinataires: 'Pour un conseil municipal, un conseil communautaire ou une note de l’ARS.',
    sections,
    avertissements,
    sources,
    genereLe: d.genereLe,
    sujet: `Indicateurs d’accès aux médecins généralistes, zonage, structures et aides — ${t.nom}`,
  };
}

const minuscule = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

function rangFr(n: number): string {
  return n === 1 ? '1er' : `${entierFr(n)}e`;
}

function resume(d: DonneesRapportTerritoire): string {
  const t = d.territoire;
  const morceaux = [
    `${t.nom} compte ${nombreDe(t.population, 'habitant', 'habitants')} (population municipale ${t.sourcePopulation.millesime ?? ''}, INSEE)${
      t.type === 'commune' ? '' : ` dans ${nombreDe(t.nbCommunes, 'commune', 'communes')}`
    }.`,
  ];
  const a = d.acces;
  if (a?.apl !== null && a?.apl !== undefined) {
    morceaux.push(
      `Son APL ${a.annee} est de ${decimalFr(a.apl)} consultations par habitant et par an${a.classe ? ` : ${minuscule(LIBELLES_CARTE_CLASSES[a.classe])}` : ''}.`,
    );
    if (a.population.sous4 > 0) morceaux.push(`${nombreDe(a.population.sous4, 'habitant vit', 'habitants vivent')} dans une commune dont l’APL est sous 4.`);
  } else if (a) morceaux.push(`L’APL n’est pas publiée pour ce territoire${a.absence ? ` : ${a.absence}` : ''}.`);
  if (d.zonage?.classe) morceaux.push(`Zonage médecins : ${LIBELLES_ZONAGE_MEDECINS[d.zonage.classe] ?? d.zonage.classe}.`);
  return morceaux.join(' ');
}
