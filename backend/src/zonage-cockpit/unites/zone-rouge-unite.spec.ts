import type { ZonesRougesRegion } from '../../zones-rouges/zones-rouges.service';
import { zoneRougeUnite } from './zone-rouge-unite';

const liste = (complete: boolean): ZonesRougesRegion => ({
  complete,
  dateListe: '2025-06-27',
  libelleDate: 'juin 2025',
  nbEpci: 55,
  nbAttendu: 151,
  source: 'Liste du ministère de la Santé (juin 2025)',
  communes: new Map([
    ['14001', 'CC Pré-Bocage Intercom'],
    ['14002', 'CC Pré-Bocage Intercom'],
    ['13055', 'Métropole d’Aix-Marseille-Provence'],
  ]),
  commentCharger: 'Téléversez la liste complète.',
});
const communes = [
  { code: '14001', arrondissementDe: null, population: 300 },
  { code: '14002', arrondissementDe: null, population: 100 },
  { code: '14003', arrondissementDe: null, population: 600 },
];

describe('zoneRougeUnite', () => {
  it('gives the share of the unit’s population in a zone rouge where the list is complete for the région, naming the EPCI', () => {
    const i = zoneRougeUnite(liste(true), communes, '2026-01-01');
    expect(i).toMatchObject({ code: 'zone_rouge', libelle: 'Population en zone rouge (juin 2025)', unite: '%', annee: '2025', raison: null });
    expect(i.valeur).toBeCloseTo(40, 10);
    expect(i.texte).toBe('2 communes sur 3 (CC Pré-Bocage Intercom)');
    const aucune = zoneRougeUnite(liste(true), [{ code: '14003', arrondissementDe: null, population: 600 }], '2026-01-01');
    expect(aucune).toMatchObject({ valeur: 0, texte: 'aucune commune' });
  });

  it('says unknown (null) where the list is partial for the région, the listed communes as a lower bound', () => {
    const i = zoneRougeUnite(liste(false), communes, '2026-01-01');
    expect(i.valeur).toBeNull();
    expect(i.texte).toBe('au moins 2 communes sur 3 (CC Pré-Bocage Intercom) — liste partielle');
    expect(i.raison).toMatch(/^Part inconnue : liste partielle \(55 EPCI sur 151\), incomplète pour cette région ; d’autres communes/);
    const aucune = zoneRougeUnite(liste(false), [{ code: '14003', arrondissementDe: null, population: 600 }], '2026-01-01');
    expect(aucune).toMatchObject({ valeur: null, texte: 'inconnu — liste partielle' });
    expect(aucune.raison).toMatch(/ne dit pas qu’elle n’est pas en zone rouge\. Téléversez la liste complète\.$/);
  });

  it('reads an arrondissement through its city, counts nobody before the list’s date, and says when no list is loaded', () => {
    const marseille = zoneRougeUnite(liste(true), [{ code: '13201', arrondissementDe: '13055', population: 40_000 }], '2026-01-01');
    expect(marseille).toMatchObject({ valeur: 100, texte: '1 commune sur 1 (Métropole d’Aix-Marseille-Provence)' });
    expect(zoneRougeUnite(liste(false), communes, '2025-01-01')).toMatchObject({ valeur: 0, texte: 'pas de zone rouge avant juin 2025' });
    expect(zoneRougeUnite(null, communes, '2026-01-01')).toMatchObject({
      valeur: null,
      texte: 'liste non chargée',
      raison: 'Aucune liste des zones rouges chargée.',
    });
  });
});
