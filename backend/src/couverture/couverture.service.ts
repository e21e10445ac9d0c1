import { Injectable } from '@nestjs/common';
import { entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { EtatCouverture, etatCombine, siCouvert } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
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
  constructor(
    private readonly repository: CouvertureRepository,
    private readonly donnees: CouvertureDonneesService,
  ) {}

  /**
   * Every coverage answer for one territory (commune, EPCI, département, région or CPTS id). Each part drawn from a
   * dataset carries its coverage state (ADR 0005): outside the dataset's coverage its figures are null, with the
   * reason and how to load the missing data — never 0.
   */
  async couverture(type: string, code: string, date?: string) {
    const ref = this.verifier(type, code);
    const jour = date ?? new Date().toISOString().slice(0, 10);
    verifierDate(jour, 'date');
    const territoire = await this.repository.territoireExiste(ref.type, ref.code);
    if (!territoire) throw introuvable(`Territoire ${ref.type} « ${ref.code} » introuvable.`);
    const etats = await this.donnees.etats(['structures', 'cpts-sieges', 'cpts-communes', 'zonage-medecin'] as const, ref.type, ref.code);
    const eStructures = etats.structures;

    const comptes = await this.repository.comptes(ref.type, ref.code);
    const parType: Record<string, number> = { msp: 0, psp: 0, cds: 0, esp: 0 };
    let cpts = 0;
    const centresParNature: Record<string, number> = {};
    for (const c of comptes) {
      if (c.type === 'cpts') cpts += c.n;
      else parType[c.type] = (parType[c.type] ?? 0) + c.n;
      if (c.type === 'cds') centresParNature[c.nature ?? 'non précisée'] = (centresParNature[c.nature ?? 'non précisée'] ?? 0) + c.n;
    }

    const sansCpts = await this.communesSansCpts(ref.type, ref.code, etats['cpts-communes']);

    const eParZonage = etatCombine([eStructures, etats['zonage-medecin']]);
    const parZonage = await this.repository.structuresParZonage(ref.type, ref.code, jour);
    const zonage: Record<string, Record<string, number>> = {};
    for (const l of parZonage) (zonage[l.type] ??= {})[l.classe ?? 'sans classe'] = l.n;
    const enZip = parZonage.filter((l) => l.classe === 'ZIP').reduce((s, l) => s + l.n, 0);
    const total = parZonage.reduce((s, l) => s + l.n, 0);

    const populationParZonage = await this.repository.populationParZonage(ref.type, ref.code, jour);
    const eZonage = etats['zonage-medecin'];
    const importsRpps = await this.repository.importsRppsDuTerritoire(ref.type, ref.code);
    const mspSansMedecin = eStructures.couvert === false ? null : await this.repository.mspSansMedecin(ref.type, ref.code);

    return {
      territoire: { type: ref.type, code: ref.code, nom: territoire.nom },
      date: jour,
      population: {
        communes: populationParZonage.reduce((s, l) => s + l.communes, 0),
        habitants: populationParZonage.reduce((s, l) => s + l.population, 0),
        couvertureZonage: eZonage,
        parZonageMedecins: siCouvert(
          eZonage,
          Object.fromEntries(populationParZonage.map((l) => [l.classe ?? 'sans classe', { communes: l.communes, habitants: l.population }])),
        ),
        source: 'INSEE, populations légales 2026 ; zonage médecins en vigueur à la date',
      },
      structures: {
        couverture: eStructures,
        parType: Object.fromEntries(Object.entries(parType).map(([t, n]) => [t, siCouvert(eStructures, n)])) as Record<string, number | null>,
        centresDeSanteParNature: siCouvert(eStructures, centresParNature),
        source: 'FINESS (catégories 603 et 124) et saisies manuelles',
      },
      cpts: {
        couverture: etats['cpts-sieges'],
        nombre: siCouvert(etats['cpts-sieges'], cpts),
        source: 'FINESS (catégorie 604) et listes de CPTS des ARS',
      },
      eloignement: await this.eloignement(ref.type, ref.code, eStructures),
      communesSansCpts: sansCpts,
      structuresParZonage: {
        couverture: eParZonage,
        parType: siCouvert(eParZonage, zonage),
        enZip: siCouvert(eParZonage, enZip),
        horsZip: siCouvert(eParZonage, total - enZip),
        source: 'Zonage médecins généralistes en vigueur à la date (classe de la commune d’implantation)',
      },
      mspSansMedecin: {
        couverture: eStructures,
        nombre: mspSansMedecin?.length ?? null,
        structures:
          mspSansMedecin?.map((m) => ({
            id: m.id,
            nom: m.nom,
            type: m.type,
            commune: { code: m.commune_code, nom: m.commune_nom },
            generalistesCommune: m.generalistes_commune,
            bassinDeVie: m.bv_code ? { code: m.bv_code, nom: m.bv_nom, densiteMgLiberaux2024: m.densite_mg_bv } : null,
          })) ?? null,
        critere:
          'Aucun médecin généraliste dans la commune d’implantation, ou densité de généralistes libéraux nulle dans le bassin de vie. La circulaire MSP de 2010 demande de cibler les zones fragiles, pas les zones totalement dépourvues de médecins.',
        source: [
          ...importsRpps.map(
            (i) => `Import RPPS « ${i.fichier} » du ${i.importe_le.slice(0, 10)} (généralistes par site d’exercice, dans les départements qu’il couvre)`,
          ),
          !importsRpps.length || mspSansMedecin?.some((m) => m.source_generalistes === 'santescope')
            ? 'Commune sans aucun médecin inscrit au RPPS (extrait d’avril 2026 : le compte de médecins est surestimé, donc un zéro est fiable)'
            : null,
          SOURCES_DEMOGRAPHIE.densite,
        ]
          .filter(Boolean)
          .join(' ; '),
      },
    };
  }

  /** Communes of the territory outside any CPTS: only where the CPTS membership lists are loaded. */
  private async communesSansCpts(type: string, code: string, etat: EtatCouverture) {
    const source = 'Listes de communes membres des CPTS (ARS PACA, janvier 2026)';
    if (etat.couvert === false) {
      return { disponible: false, couverture: etat, raison: etat.raison, nombre: null, population: null, communes: null, source };
    }
    const l = await this.repository.communesSansCpts(type, code);
    return { disponible: true, couverture: etat, nombre: l.length, population: l.reduce((s, c) => s + c.population, 0), communes: l, source };
  }

  /**
   * Population beyond 20 minutes of any MSP / medical centre. It depends on the structures of every commune within
   * reach of the territory (neighbouring régions included): its coverage is theirs, not the territory's alone.
   */
  private async eloignement(type: string, code: string, eTerritoire: EtatCouverture) {
    const nonDisponible = (etat: EtatCouverture, raison: string) => ({
      disponible: false,
      couverture: etat,
      raison,
      communes: null,
      population: null,
      communesEloignees: null,
      populationEloignee: null,
      part: null,
      principalesCommunesEloignees: null,
    });
    if (!(await this.repository.trajetsCharges())) {
      const etat = {
        ...eTerritoire,
        couvert: false as const,
        raison: 'Le modèle de temps de trajet n’est pas chargé.',
        commentCharger: 'Relancez l’import des données livrées (npm run import).',
      };
      return nonDisponible(etat, etat.raison);
    }
    if (eTerritoire.couvert === false) return nonDisponible(eTerritoire, eTerritoire.raison!);
    const etat = await this.donnees.etatDeCommunes('structures', await this.repository.communesAPortee(type, code, 20));
    if (etat.couvert === false) return nonDisponible(etat, etat.raison!);
    const e = await this.repository.eloignement(type, code);
    return {
      disponible: true,
      couverture:
        etat.couvert === 'partiel'
          ? {
              ...etat,
              raison: `${etat.raison} Les structures des communes non couvertes à moins de 20 minutes ne sont pas comptées : l’éloignement peut être surestimé.`,
            }
          : etat,
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
