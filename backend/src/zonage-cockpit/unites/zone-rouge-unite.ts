import { nombreDe } from '../../common/texte/nombre-de';
import type { ZonesRougesRegion } from '../../zones-rouges/zones-rouges.service';
import { IndicateurUnite } from './socle';

export interface CommuneZoneRouge {
  code: string;
  /** Parent city of a Paris/Lyon/Marseille arrondissement (the list names the city's EPCI). */
  arrondissementDe: string | null;
  population: number;
}

const BASE = { code: 'zone_rouge' as const, unite: '%' };

/**
 * The zones rouges criterion of a unit: share of its population (in the région) living in a commune whose EPCI is in
 * the list in force. Where the list is partial for the région the share is unknown (null): the communes found in the
 * list are named as a lower bound, the others are not said to be outside.
 */
export function zoneRougeUnite(zr: ZonesRougesRegion | null, communes: readonly CommuneZoneRouge[], dateReference: string): IndicateurUnite {
  if (!zr)
    return {
      ...BASE,
      libelle: 'Population en zone rouge',
      valeur: null,
      source: null,
      annee: null,
      texte: 'liste non chargée',
      raison: 'Aucune liste des zones rouges chargée.',
    };
  const libelle = `Population en zone rouge (${zr.libelleDate})`;
  const source = zr.source;
  const annee = zr.dateListe.slice(0, 4);
  if (dateReference < zr.dateListe) return { ...BASE, libelle, valeur: 0, source, annee, texte: `pas de zone rouge avant ${zr.libelleDate}`, raison: null };
  const dedans = communes
    .map((c) => ({ c, epci: zr.communes.get(c.code) ?? (c.arrondissementDe ? zr.communes.get(c.arrondissementDe) : undefined) }))
    .filter((x): x is { c: CommuneZoneRouge; epci: string } => x.epci !== undefined);
  const epci = [...new Set(dedans.map((x) => x.epci))].sort((a, b) => a.localeCompare(b, 'fr'));
  const compte = `${nombreDe(dedans.length, 'commune', 'communes')} sur ${communes.length}${epci.length ? ` (${epci.join(', ')})` : ''}`;
  if (zr.complete) {
    const total = communes.reduce((s, c) => s + c.population, 0);
    const enZone = dedans.reduce((s, x) => s + x.c.population, 0);
    return {
      ...BASE,
      libelle,
      valeur: total > 0 ? (100 * enZone) / total : dedans.length ? 100 : 0,
      source,
      annee,
      texte: dedans.length ? compte : 'aucune commune',
      raison: null,
    };
  }
  const partielle = `liste partielle (${zr.nbEpci} EPCI sur ${zr.nbAttendu}), incomplète pour cette région`;
  return {
    ...BASE,
    libelle,
    valeur: null,
    source,
    annee,
    texte: dedans.length ? `au moins ${compte} — liste partielle` : 'inconnu — liste partielle',
    raison: dedans.length
      ? `Part inconnue : ${partielle} ; d’autres communes de l’unité peuvent être en zone rouge. ${zr.commentCharger}`
      : `Inconnu : ${partielle} ; aucune commune de l’unité n’y figure, ce qui ne dit pas qu’elle n’est pas en zone rouge. ${zr.commentCharger}`,
  };
}
