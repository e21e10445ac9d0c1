import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CommuneReferentiel } from '../common/cog/correspondance-cog';
import { RACINE_PROJET } from '../config/configuration';
import { normaliserRecherche } from '../common/texte/normaliser-recherche';
import { LigneIgnoree } from '../import/importateur';
import { LigneClasseSource } from './classes-par-commune';

/** One row of a CartoSanté export keyed by postcode and commune name (`Code_postal,Nom_commune,Zonage,Zonage_RR`). */
export interface LigneCodePostalNom {
  /** 1-based line number in the file (header = line 1). */
  ligne: number;
  codePostal: string;
  nom: string;
  valeur: string;
  zrr: string;
}

export interface ResultatJointure {
  /** One row per commune (or arrondissement, or former commune of a commune nouvelle) found, with its INSEE code. */
  lignes: LigneClasseSource[];
  /** Rows not loaded: no commune, or several communes, for the postcode and the name; contradictory repeats. */
  ignorees: LigneIgnoree[];
  /** Rows loaded with a doubt worth reading (matched by name within the département, ZRR column of homonyms). */
  douteuses: LigneIgnoree[];
}

interface Cible {
  /** INSEE code handed to the class loader: a current commune, an arrondissement, a former (déléguée) commune. */
  code: string;
  /** Current commune it belongs to (to tell homonyms apart from two names of the same commune). */
  commune: string;
  nom: string;
}

/** Département of a postcode (Corsica's 20xxx covers 2A and 2B, overseas postcodes start with the 3-digit code). */
function departementsDuCodePostal(cp: string): string[] {
  if (cp.startsWith('20')) return ['2A', '2B'];
  if (cp.startsWith('97')) return [cp.slice(0, 3)];
  return [cp.slice(0, 2)];
}

/** What `geo-data/territoires/reconciliation.json` adds to the 2026 reference for files of the COG 2024. */
export interface ComplementsCog2024 {
  /** COG 2024 names gone from the 2026 list (communes merged without a commune déléguée, renamed communes). */
  nomsCog2024: { code: string; nom: string; commune: string }[];
  /** Communes re-created after 2024 inside a commune nouvelle of 2024 (`parent`). */
  retablies: { code: string; nom: string; parent: string; nomParent2024: string }[];
}

/**
 * Index of the COG 2026 reference (`@etalab/decoupage-administratif@6`) by (postcode, normalised name): current
 * communes under each of their postcodes, Paris/Lyon/Marseille arrondissements under theirs, and communes déléguées
 * or associées under the postcodes of their chef-lieu (exports still list the parts of a commune nouvelle by name).
 */
export class IndexCodePostalNom {
  private readonly parCle = new Map<string, Cible[]>();
  private readonly parDepartementNom = new Map<string, Cible[]>();
  readonly retablies: ComplementsCog2024['retablies'];

  private static instance: IndexCodePostalNom | null = null;

  /** The installed COG 2026 package and the shipped reconciliation with the COG 2024 (read once per process). */
  static referentiel(): IndexCodePostalNom {
    if (!IndexCodePostalNom.instance) {
      const communes = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as CommuneReferentiel[];
      const reconciliation = JSON.parse(
        readFileSync(path.join(RACINE_PROJET, 'geo-data', 'territoires', 'reconciliation.json'), 'utf8'),
      ) as Partial<ComplementsCog2024>;
      IndexCodePostalNom.instance = new IndexCodePostalNom(communes, {
        nomsCog2024: reconciliation.nomsCog2024 ?? [],
        retablies: reconciliation.retablies ?? [],
      });
    }
    return IndexCodePostalNom.instance;
  }

  constructor(referentiel: CommuneReferentiel[], complements: ComplementsCog2024 = { nomsCog2024: [], retablies: [] }) {
    this.retablies = complements.retablies;
    const actuelles = new Map(referentiel.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
    for (const c of referentiel) {
      let postaux: string[] = [];
      let commune = c.code;
      if (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') {
        postaux = c.codesPostaux ?? [];
        if (c.type === 'arrondissement-municipal' && c.commune) commune = c.commune;
      } else if (c.chefLieu && actuelles.has(c.chefLieu)) {
        commune = c.chefLieu;
        postaux = actuelles.get(c.chefLieu)!.codesPostaux ?? [];
      } else continue;
      const cible: Cible = { code: c.code, commune, nom: c.nom };
      const nom = normaliserRecherche(c.nom);
      for (const cp of postaux) ajouter(this.parCle, `${cp}|${nom}`, cible);
      const departement = c.departement ?? actuelles.get(commune)?.departement;
      if (departement) ajouter(this.parDepartementNom, `${departement}|${nom}`, cible);
    }
    // A COG 2024 name under the postcodes of the 2026 commune that took it over (its own code when only renamed).
    for (const n of complements.nomsCog2024) {
      const actuelle = actuelles.get(n.commune);
      if (!actuelle) continue;
      const cible: Cible = { code: n.code, commune: n.commune, nom: n.nom };
      const nom = normaliserRecherche(n.nom);
      for (const cp of actuelle.codesPostaux ?? []) ajouter(this.parCle, `${cp}|${nom}`, cible);
      if (actuelle.departement) ajouter(this.parDepartementNom, `${actuelle.departement}|${nom}`, cible);
    }
  }

  /** Exact (postcode, name) candidates, then (département of the postcode, name) ones; distinct communes only. */
  chercher(codePostal: string, nom: string): { exactes: Cible[]; parDepartement: Cible[] } {
    const n = normaliserRecherche(nom);
    const exactes = distinctes(this.parCle.get(`${codePostal}|${n}`) ?? []);
    if (exactes.length) return { exactes, parDepartement: [] };
    return { exactes, parDepartement: distinctes(departementsDuCodePostal(codePostal).flatMap((d) => this.parDepartementNom.get(`${d}|${n}`) ?? [])) };
  }
}

function ajouter(index: Map<string, Cible[]>, cle: string, cible: Cible): void {
  const liste = index.get(cle);
  if (!liste) index.set(cle, [cible]);
  else if (!liste.some((c) => c.code === cible.code)) liste.push(cible);
}

/** One candidate per current commune (a commune nouvelle and its chef-lieu déléguée often share name and postcode). */
function distinctes(cibles: Cible[]): Cible[] {
  const parCommune = new Map<string, Cible>();
  for (const c of cibles) {
    const deja = parCommune.get(c.commune);
    if (!deja || c.code === c.commune) parCommune.set(c.commune, c);
  }
  return [...parCommune.values()];
}

const libelleLignes = (premiere: number, derniere: number) => (premiere === derniere ? `ligne ${premiere}` : `lignes ${premiere} à ${derniere}`);

/**
 * Joins a CartoSanté export keyed by (postcode, commune name) to INSEE codes — the export has no INSEE code, and its
 * postcodes lost their leading zero. A (postcode, name) group is matched to the communes carrying that postcode and
 * that name in the COG 2026; failing that, to the commune of that name in the postcode's département (reported as
 * doubtful). Several communes for one key (homonyms sharing a postcode) or none: the group is skipped and reported.
 *
 * The `Zonage_RR` (ZRR) column is not read from this file: it was attached upstream by commune name alone, so a row is
 * repeated once per homonymous commune of France, each copy carrying that homonym's ZRR (Saint-Denis 93 carries the
 * « C » of Saint-Denis in the Aude in its first copy). Groups whose copies disagree are reported; the ZRR comes from
 * the ANCT list by INSEE code (see `importateur-ruralite.ts`).
 */
export function joindreCodePostalNom(lignes: LigneCodePostalNom[], index: IndexCodePostalNom): ResultatJointure {
  const resultat: ResultatJointure = { lignes: [], ignorees: [], douteuses: [] };
  // Consecutive rows with the same (postcode, name): one source row and its copies.
  const groupes: LigneCodePostalNom[][] = [];
  for (const l of lignes) {
    const dernier = groupes.at(-1);
    if (dernier && dernier[0].codePostal === l.codePostal && dernier[0].nom === l.nom) dernier.push(l);
    else groupes.push([l]);
  }
  const parCode = new Map<string, { ligne: number; valeur: string; premiere: number; derniere: number }>();
  for (const g of groupes) {
    const premiere = g[0].ligne;
    const derniere = g.at(-1)!.ligne;
    const ou = libelleLignes(premiere, derniere);
    const codePostal = g[0].codePostal.padStart(5, '0');
    const { nom } = g[0];
    const zrr = [...new Set(g.map((l) => l.zrr.split(' - ')[0].trim()).filter(Boolean))];
    if (zrr.length > 1) {
      resultat.douteuses.push({
        ligne: premiere,
        champ: 'Zonage_RR',
        valeur: `${codePostal} ${nom}`,
        message: `${ou} (${codePostal} ${nom}) : la ligne est répétée ${g.length} fois avec des ZRR différentes (${zrr.join(', ')}), celles des communes homonymes de France — colonne ZRR jointe par le seul nom dans l’export : ZRR non lue ici`,
      });
    }
    const valeurs = [...new Set(g.map((l) => l.valeur.trim()))];
    if (valeurs.length > 1) {
      resultat.ignorees.push({
        ligne: premiere,
        champ: 'Zonage',
        valeur: `${codePostal} ${nom}`,
        message: `${ou} (${codePostal} ${nom}) : classes différentes pour la même commune (${valeurs.join(', ')}), non chargée`,
      });
      continue;
    }
    const { exactes, parDepartement } = index.chercher(codePostal, nom);
    let cible: Cible | undefined;
    if (exactes.length === 1) cible = exactes[0];
    else if (exactes.length > 1) {
      resultat.ignorees.push({
        ligne: premiere,
        champ: 'Nom_commune',
        valeur: `${codePostal} ${nom}`,
        message: `${ou} : ${exactes.length} communes « ${nom} » ont le code postal ${codePostal} (${exactes.map((c) => c.code).join(', ')}) : impossible de savoir laquelle, non chargée`,
      });
      continue;
    } else if (parDepartement.length === 1) {
      cible = parDepartement[0];
      resultat.douteuses.push({
        ligne: premiere,
        champ: 'Code_postal',
        valeur: `${codePostal} ${nom}`,
        message: `${ou} : aucune commune « ${nom} » au code postal ${codePostal} ; rattachée à ${cible.code} ${cible.nom}, seule commune de ce nom dans le département`,
      });
    } else {
      resultat.ignorees.push({
        ligne: premiere,
        champ: 'Nom_commune',
        valeur: `${codePostal} ${nom}`,
        message: parDepartement.length
          ? `${ou} : aucune commune « ${nom} » au code postal ${codePostal}, et ${parDepartement.length} dans le département (${parDepartement.map((c) => c.code).join(', ')}) : non chargée`
          : `${ou} : aucune commune « ${nom} » au code postal ${codePostal} ni dans son département (COG 2026) : non chargée`,
      });
      continue;
    }
    const deja = parCode.get(cible.code);
    if (deja) {
      if (deja.valeur !== valeurs[0]) {
        resultat.ignorees.push({
          ligne: premiere,
          champ: 'Zonage',
          valeur: cible.code,
          message: `${ou} : ${cible.code} ${cible.nom} déjà lue ${libelleLignes(deja.premiere, deja.derniere)} avec la classe « ${deja.valeur} », ici « ${valeurs[0]} » : seule la première est gardée`,
        });
      }
      continue;
    }
    parCode.set(cible.code, { ligne: premiere, valeur: valeurs[0], premiere, derniere });
    resultat.lignes.push({ ligne: premiere, code: cible.code, valeur: valeurs[0] });
  }
  // Communes re-created after the export inside a commune nouvelle: the class published for the commune nouvelle
  // covered their territory; it is applied to them and said so.
  for (const r of index.retablies) {
    const parent = parCode.get(r.parent);
    if (!parent || parCode.has(r.code)) continue;
    resultat.lignes.push({ ligne: parent.ligne, code: r.code, valeur: parent.valeur });
    resultat.douteuses.push({
      ligne: parent.ligne,
      champ: 'Nom_commune',
      valeur: r.code,
      message: `${libelleLignes(parent.premiere, parent.derniere)} : ${r.code} ${r.nom}, rétablie après l’export, reçoit la classe « ${parent.valeur} » publiée pour ${r.nomParent2024} (${r.parent}), commune nouvelle dont elle faisait alors partie`,
    });
  }
  return resultat;
}
