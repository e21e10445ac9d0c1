import { readFileSync } from 'node:fs';
import { FinRegionale } from './zonage.repository';

/** What geo-data/zonage/validite-zonages.json says of one shipped zonage (ADR 0004). */
export interface ValiditeLivree {
  finPresumee: string | null;
  motif: string | null;
  source: string | null;
  /** Presumed end région by région, when the ARS replaced the national file on different dates. */
  regions: FinRegionale[];
}

interface FichierValidite {
  jeux: Record<string, { finPresumee: string | null; motif: string | null; source: string | null; regions?: Record<string, Omit<FinRegionale, 'region'>> }>;
}

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

export function lireValiditeLivree(fichier: string, jeu: string): ValiditeLivree {
  const contenu = JSON.parse(readFileSync(fichier, 'utf8')) as FichierValidite;
  const v = contenu.jeux[jeu];
  if (!v) return { finPresumee: null, motif: null, source: null, regions: [] };
  const verifier = (d: string | null, ou: string) => {
    if (d !== null && !DATE_ISO.test(d)) throw new Error(`${fichier} : date « ${d} » invalide (${ou}), format AAAA-MM-JJ attendu.`);
    return d;
  };
  if (v.finPresumee && !v.motif) throw new Error(`${fichier} : « ${jeu} » a une fin présumée sans motif.`);
  return {
    finPresumee: verifier(v.finPresumee, jeu),
    motif: v.motif,
    source: v.source,
    regions: Object.entries(v.regions ?? {}).map(([region, r]) => ({
      region,
      finPresumee: verifier(r.finPresumee, `${jeu}, région ${region}`),
      motif: r.motif,
      source: r.source,
    })),
  };
}
