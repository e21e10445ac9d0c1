import { CelluleCsv } from '../export/csv';
import { EtatCouverture, enonceCouverture } from '../couverture-donnees/etat-couverture';
import { dateFrancaise } from '../texte/date-francaise';
import { DetailsFiche } from './fiche-acces.store';
import { LIBELLES_STRUCTURES, libelleClasse, libelleZonage } from './libelles-fiche';

export const ENTETES_CSV_FICHE = ['indicateur', 'valeur', 'source', 'couverture des données'] as const;

const COMPLET = 'données chargées pour tout le territoire';
const couvertureLue = (e: EtatCouverture | null | undefined) => enonceCouverture(e) || COMPLET;
const src = (s: { libelle: string; millesime: string }) => `${s.libelle} (${s.millesime})`;

/**
 * The card as CSV rows: every figure with its source and the same coverage statement as on screen (null where the
 * data is not loaded, with the reason and how to load it in the last column).
 */
export function lignesCsvFiche(d: DetailsFiche): CelluleCsv[][] {
  const lignes: CelluleCsv[][] = [];
  const a = d.acces;
  if (a) {
    const ca = couvertureLue(a.couverture);
    lignes.push(
      ['APL', a.apl.valeur, src(a.apl.source), ca],
      ['APL des moins de 65 ans', a.aplMoins65.valeur, src(a.aplMoins65.source), ca],
      ['Fragilité (part de l’APL due aux 65 ans et plus)', a.fragilite.valeur, src(a.fragilite.source), ca],
      ['Classe', a.classe.valeur ? libelleClasse(a.classe.valeur) : null, src(a.classe.source), ca],
      ['Population', a.population.totale.valeur, src(a.population.totale.source), ca],
      ['Population sous APL 2,5', a.population.sous2_5.valeur, src(a.population.sous2_5.source), ca],
      ['Population sous APL 4', a.population.sous4.valeur, src(a.population.sous4.source), ca],
    );
    if (a.evolution) lignes.push([`Écart d’APL depuis ${a.evolution.depuis}`, a.evolution.ecart.valeur, src(a.evolution.ecart.source), ca]);
    for (const r of a.rangs) lignes.push([`Rang APL dans ${r.perimetre.nom} (sur ${r.sur})`, r.rang, src(r.source), ca]);
    if (d.region) lignes.push([`APL de la région ${d.region.nom}`, d.region.apl.valeur, src(d.region.apl.source), couvertureLue(d.region.couverture)]);
    lignes.push([`APL projetée ${a.horizons.horizon5.annee}`, a.horizons.horizon5.apl.valeur, src(a.horizons.horizon5.apl.source), ca]);
    lignes.push([`APL projetée ${a.horizons.horizon10.annee}`, a.horizons.horizon10.apl.valeur, src(a.horizons.horizon10.apl.source), ca]);
  }
  const z = d.zonage;
  if (z?.medecin) {
    const v = z.medecin.validite;
    const validite =
      v?.statut === 'perimee'
        ? `version présumée périmée depuis le ${v.finPresumee ? dateFrancaise(v.finPresumee) : '?'} : ${v.motif ?? ''}`.trim()
        : couvertureLue(z.medecin.couverture);
    lignes.push([
      `Zonage médecins au ${dateFrancaise(z.date)}`,
      z.medecin.classe ? libelleZonage(z.medecin.classe) : null,
      z.medecin.version?.source ?? '',
      validite,
    ]);
  }
  if (z)
    lignes.push(['Quartiers prioritaires (QPV) connus', z.qpv.quartiers?.length ?? null, z.qpv.quartiers?.[0]?.source ?? '', couvertureLue(z.qpv.couverture)]);
  const c = d.couverture;
  if (c) {
    for (const type of ['msp', 'psp', 'cds'] as const) {
      lignes.push([LIBELLES_STRUCTURES[type], c.structures.parType[type] ?? null, c.structures.source, couvertureLue(c.structures.couverture)]);
    }
    lignes.push([LIBELLES_STRUCTURES['cpts'], c.cpts.nombre, c.cpts.source, couvertureLue(c.cpts.couverture)]);
    lignes.push([
      `Habitants à plus de 20 min d’une MSP ou d’un centre de santé`,
      c.eloignement.populationEloignee,
      c.eloignement.source ?? '',
      couvertureLue(c.eloignement.couverture),
    ]);
  }
  return lignes;
}
