import { Injectable } from '@nestjs/common';
import { entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { SOURCES_DEMOGRAPHIE } from '../demographie/importateur-demographie';
import { verifierReference } from '../territoires/type-territoire';
import { verifierDate } from '../zonage/zonage.service';
import { CouvertureRepository } from './couverture.repository';

const TYPES = ['commune', 'epci', 'departement', 'region', 'cpts'] as const;
const MODELE_TEMPS =
  'Temps de trajet du moteur d’accès (table trajet) : distance à vol d’oiseau entre points intérieurs des communes × facteur de détour ÷ vitesse (geo-data/acces/modele-trajet.json), pas un distancier routier';
const SOINS_MG =
  'MSP, pôles de santé et centres de santé médicaux ou de nature non précisée (centres dentaires, infirmiers et ophtalmologiques exclus, nature déduite du nom FINESS)';

@Injectable()
export class CouvertureService {
  constructor(private readonly repository: CouvertureRepository) {}

  /** Every coverage answer for one territory (commune, EPCI, département, région or CPTS id). */
  async couverture(type: string, code: string, date?: string) {
    const ref = this.verifier(type, code);
    const jour = date ?? new Date().toISOString().slice(0, 10);
    verifierDate(jour, 'date');
    const territoire = await this.repository.territoireExiste(ref.type, ref.code);
    if (!territoire) throw introuvable(`Territoire ${ref.type} « ${ref.code} » introuvable.`);
    const regions = await this.repository.regions(ref.type, ref.code);
    const couvert = (chargees: string[]) => regions.territoire.length > 0 && regions.territoire.every((r) => chargees.includes(r));

    const comptes = await this.repository.comptes(ref.type, ref.code);
    const parType: Record<string, number> = { msp: 0, psp: 0, cds: 0, cpts: 0, esp: 0 };
    const centresParNature: Record<string, number> = {};
    for (const c of comptes) {
      parType[c.type] += c.n;
      if (c.type === 'cds') centresParNature[c.nature ?? 'non précisée'] = (centresParNature[c.nature ?? 'non précisée'] ?? 0) + c.n;
    }

    const eloignement = !regions.trajets
      ? { disponible: false, raison: 'Le modèle de temps de trajet (jeu « trajets ») n’est pas chargé.' }
      : !couvert(regions.structures)
        ? {
            disponible: false,
            raison: `Structures FINESS chargées pour les régions ${regions.structures.join(', ') || '(aucune)'} seulement : importez l’extrait FINESS national pour ce territoire.`,
          }
        : await this.eloignement(ref.type, ref.code);

    const sansCpts = couvert(regions.cpts)
      ? await this.repository.communesSansCpts(ref.type, ref.code).then((l) => ({
          disponible: true,
          nombre: l.length,
          population: l.reduce((s, c) => s + c.population, 0),
          communes: l,
          source: 'Listes de communes membres des CPTS (ARS PACA, janvier 2026)',
        }))
      : {
          disponible: false,
          raison: `Communes membres des CPTS connues pour les régions ${regions.cpts.join(', ') || '(aucune)'} seulement (FINESS ne donne que le siège des CPTS).`,
        };

    const parZonage = await this.repository.structuresParZonage(ref.type, ref.code, jour);
    const zonage: Record<string, Record<string, number>> = {};
    for (const l of parZonage) (zonage[l.type] ??= {})[l.classe ?? 'sans classe'] = l.n;
    const enZip = parZonage.filter((l) => l.classe === 'ZIP').reduce((s, l) => s + l.n, 0);
    const total = parZonage.reduce((s, l) => s + l.n, 0);

    const populationParZonage = await this.repository.populationParZonage(ref.type, ref.code, jour);
    const rpps = await this.repository.importRppsActif();
    const mspSansMedecin = await this.repository.mspSansMedecin(ref.type, ref.code, rpps?.id ?? null);

    return {
      territoire: { type: ref.type, code: ref.code, nom: territoire.nom },
      date: jour,
      population: {
        communes: populationParZonage.reduce((s, l) => s + l.communes, 0),
        habitants: populationParZonage.reduce((s, l) => s + l.population, 0),
        parZonageMedecins: Object.fromEntries(populationParZonage.map((l) => [l.classe ?? 'sans classe', { communes: l.communes, habitants: l.population }])),
        source: 'INSEE, populations légales 2026 ; zonage médecins en vigueur à la date',
      },
      structures: { parType, centresDeSanteParNature: centresParNature, source: 'FINESS (catégories 603, 124, 604), listing CPTS ARS PACA, saisies manuelles' },
      eloignement,
      communesSansCpts: sansCpts,
      structuresParZonage: {
        parType: zonage,
        enZip,
        horsZip: total - enZip,
        source: 'Zonage médecins généralistes en vigueur à la date (classe de la commune d’implantation)',
      },
      mspSansMedecin: {
        nombre: mspSansMedecin.length,
        structures: mspSansMedecin.map((m) => ({
          id: m.id,
          nom: m.nom,
          type: m.type,
          commune: { code: m.commune_code, nom: m.commune_nom },
          generalistesCommune: m.generalistes_commune,
          bassinDeVie: m.bv_code ? { code: m.bv_code, nom: m.bv_nom, densiteMgLiberaux2024: m.densite_mg_bv } : null,
        })),
        critere:
          'Aucun médecin généraliste dans la commune d’implantation, ou densité de généralistes libéraux nulle dans le bassin de vie. La circulaire MSP de 2010 demande de cibler les zones fragiles, pas les zones totalement dépourvues de médecins.',
        source: rpps
          ? `Import RPPS « ${rpps.fichier} » du ${rpps.importe_le.slice(0, 10)} (généralistes par site d’exercice) ; ${SOURCES_DEMOGRAPHIE.densite}`
          : `Commune sans aucun médecin inscrit au RPPS (extrait d’avril 2026 : le compte de médecins est surestimé, donc un zéro est fiable) ; ${SOURCES_DEMOGRAPHIE.densite}`,
      },
    };
  }

  private async eloignement(type: string, code: string) {
    const e = await this.repository.eloignement(type, code);
    return {
      disponible: true,
      seuilMinutes: 20,
      communes: e.communes,
      population: e.population,
      communesEloignees: e.communes_eloignees,
      populationEloignee: e.population_eloignee,
      part: e.population ? Math.round((1000 * e.population_eloignee) / e.population) / 10 : 0,
      principalesCommunesEloignees: await this.repository.communesEloignees(type, code, 20),
      structuresRetenues: SOINS_MG,
      modele: MODELE_TEMPS,
      source: 'Populations légales 2026 (INSEE) ; FINESS',
      note: 'Les structures des régions voisines non chargées ne sont pas comptées : en bordure de région, l’éloignement peut être surestimé.',
    };
  }

  private verifier(type: string, code: string): { type: (typeof TYPES)[number]; code: string } {
    if (type === 'cpts') {
      if (!/^\d{1,9}$/.test(code)) throw entreeInvalide(`Identifiant de CPTS mal formé « ${code} » (entier attendu).`, 'code', code);
      return { type, code };
    }
    if (!(TYPES as readonly string[]).includes(type)) {
      throw entreeInvalide(`Type de territoire inconnu « ${type} » : attendu ${TYPES.join(', ')}.`, 'type', type);
    }
    return verifierReference(type, code);
  }
}
