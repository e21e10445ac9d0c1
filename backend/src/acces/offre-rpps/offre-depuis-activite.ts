import { ProfilActivite, activiteRetenue } from '../moteur/plafonds-activite';

/** One GP of an activity file: acts of the year (consultations, visits, teleconsultations), age, profile. */
export interface ActiviteMedecin extends ProfilActivite {
  identifiantPp: string;
  actes: number;
  /** age at the start of the year, when known */
  age: number | null;
  ligne: number;
}

export interface OffreCommune {
  commune: string;
  consultations: number;
  consultations65Plus: number;
  medecins: number;
  medecins65Plus: number;
}

export interface OffreDepuisActivite {
  communes: OffreCommune[];
  /** how the DREES caps changed what was declared */
  plafonds: { releves3600: number; annules: number; plafonnes6000: number; imputes5400: number; centresSansPlafond: number };
  /** GPs of the RPPS layer absent from the activity file (left out), and GPs of the file absent from the RPPS layer */
  sansActivite: number;
  sansSite: string[];
}

/**
 * The GP supply of each commune from individual activity: each GP's acts counted as in the DREES APL (under 250 → 0,
 * 251–3,600 → 3,600, 3,601–6,000 as declared, over 6,000 → 6,000; a new GP 5,400; health-centre GPs uncapped),
 * shared equally between the GP's practice sites (communes of the RPPS import). GPs over 65 (age known) give the
 * supply over 65 (the DREES variant « moins de 65 ans » keeps GPs aged 65 or less).
 */
export function offreDepuisActivite(
  sites: readonly { identifiantPp: string; communeCode: string }[],
  activites: readonly ActiviteMedecin[],
): OffreDepuisActivite {
  const sitesParMedecin = new Map<string, string[]>();
  for (const s of sites) (sitesParMedecin.get(s.identifiantPp) ?? sitesParMedecin.set(s.identifiantPp, []).get(s.identifiantPp)!).push(s.communeCode);
  const parCommune = new Map<string, OffreCommune>();
  const plafonds = { releves3600: 0, annules: 0, plafonnes6000: 0, imputes5400: 0, centresSansPlafond: 0 };
  const sansSite: string[] = [];
  const vus = new Set<string>();
  for (const a of activites) {
    const communes = sitesParMedecin.get(a.identifiantPp);
    if (!communes) {
      sansSite.push(a.identifiantPp);
      continue;
    }
    vus.add(a.identifiantPp);
    const retenue = activiteRetenue(a.actes, a);
    if (a.nouveau) plafonds.imputes5400++;
    else if (a.centreDeSante) plafonds.centresSansPlafond++;
    else if (retenue === 0 && a.actes > 0) plafonds.annules++;
    else if (retenue > a.actes) plafonds.releves3600++;
    else if (retenue < a.actes) plafonds.plafonnes6000++;
    const plus65 = a.age !== null && a.age > 65;
    for (const c of communes) {
      const o = parCommune.get(c) ?? { commune: c, consultations: 0, consultations65Plus: 0, medecins: 0, medecins65Plus: 0 };
      o.consultations += retenue / communes.length;
      o.medecins += 1;
      if (plus65) {
        o.consultations65Plus += retenue / communes.length;
        o.medecins65Plus += 1;
      }
      parCommune.set(c, o);
    }
  }
  return {
    communes: [...parCommune.values()].sort((a, b) => a.commune.localeCompare(b.commune)),
    plafonds,
    sansActivite: [...sitesParMedecin.keys()].filter((id) => !vus.has(id)).length,
    sansSite,
  };
}
