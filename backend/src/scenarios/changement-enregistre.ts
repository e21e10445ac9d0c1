import { TypeChangement } from '../acces/dto/requetes.dto';
import { DetailErreur } from '../common/erreurs/erreur-domaine';

/** One change of a saved scenario: the fields POST /api/acces/simulation takes, and only those. */
export interface ChangementEnregistre {
  type: TypeChangement;
  commune?: string;
  territoire?: string;
  nombre?: number;
  consultations?: number;
  ageMin?: number;
}

/** The field each type of change needs beside its place (a retirement needs none). */
const QUANTITE: Readonly<Record<TypeChangement, 'nombre' | 'consultations' | null>> = {
  ajout_medecins: 'nombre',
  retrait_medecins: 'nombre',
  ouverture_msp: 'nombre',
  ajout_consultations: 'consultations',
  retrait_consultations: 'consultations',
  depart_retraite: null,
};

/**
 * The changes as they will be stored (undefined fields dropped, fields of the other types left out) and what is
 * missing for each one to run: a commune for supply changes, a territory or commune for retirements, the number.
 */
export function normaliserChangements(changements: readonly ChangementEnregistre[]): { changements: ChangementEnregistre[]; erreurs: DetailErreur[] } {
  const erreurs: DetailErreur[] = [];
  const normalises = changements.map((c, i) => {
    const champ = (nom: string) => `changements[${i}].${nom}`;
    const quantite = QUANTITE[c.type];
    if (quantite === null) {
      if (!c.territoire && !c.commune)
        erreurs.push({ champ: champ('territoire'), message: 'un territoire ou une commune est requis pour un départ en retraite' });
      return definis({ type: c.type, territoire: c.territoire, commune: c.territoire ? undefined : c.commune, ageMin: c.ageMin });
    }
    if (!c.commune) erreurs.push({ champ: champ('commune'), message: 'la commune est requise pour ce changement' });
    if (c[quantite] === undefined) {
      erreurs.push({ champ: champ(quantite), message: quantite === 'nombre' ? 'le nombre de médecins est requis' : 'le nombre de consultations est requis' });
    }
    return definis({ type: c.type, commune: c.commune, [quantite]: c[quantite] });
  });
  return { changements: normalises, erreurs };
}

/** The places a change names, as `type:code` references. */
export function referencesDesChangements(changements: readonly ChangementEnregistre[]): string[] {
  return [...new Set(changements.map((c) => c.territoire ?? `commune:${c.commune}`))];
}

function definis(c: Record<string, unknown>): ChangementEnregistre {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as ChangementEnregistre;
}
