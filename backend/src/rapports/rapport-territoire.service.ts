import { Injectable } from '@nestjs/common';
import { AccesService, sourceApl } from '../acces/acces.service';
import { ClasseAcces, classerAcces } from '../acces/indicateurs/classes-acces';
import { AidesService } from '../aides/aides.service';
import { aujourdhuiAParis } from '../aides/regles/dates';
import { UtilisateurConnecte } from '../common/auth/role';
import { CouvertureService } from '../couverture/couverture.service';
import { ProjetsService } from '../projets/projets.service';
import { LIBELLES_ETAPE, LIBELLES_TYPE as LIBELLES_TYPE_PROJET, EtapeProjet, TypeProjet } from '../projets/referentiel-projet';
import { StructuresService } from '../structures/structures.service';
import { TerritoiresService } from '../territoires/territoires.service';
import { verifierReference } from '../territoires/type-territoire';
import { ZonageService } from '../zonage/zonage.service';
import { CartesRapport, COULEURS_CLASSES, LIBELLES_CARTE_CLASSES } from './cartes-rapport';
import { DonneesRapportTerritoire, documentTerritoire } from './documents/document-territoire';
import { gabaritRapport } from './pdf/gabarit-rapport';
import { RenduPdfService } from './pdf/rendu-pdf.service';

const PROJETS_ANALYSES = 10;
const LEGENDE_CLASSES = (['sous_dotee', 'fragile_menacee', 'fragile', 'suffisante', 'sans'] as const).map((c) => ({
  libelle: LIBELLES_CARTE_CLASSES[c],
  couleur: COULEURS_CLASSES[c],
}));

export interface RapportPdf {
  readonly pdf: Buffer;
  readonly nomFichier: string;
}

/**
 * The territory report (a card's « Rapport PDF »): the figures of the card and what a council or an ARS note needs
 * around them, each from the service that answers it on screen, in one PDF of 2 to 4 pages.
 */
@Injectable()
export class RapportTerritoireService {
  constructor(
    private readonly territoires: TerritoiresService,
    private readonly acces: AccesService,
    private readonly couverture: CouvertureService,
    private readonly zonage: ZonageService,
    private readonly aides: AidesService,
    private readonly structures: StructuresService,
    private readonly projets: ProjetsService,
    private readonly cartes: CartesRapport,
    private readonly rendu: RenduPdfService,
  ) {}

  async rapport(type: string, code: string, annee: number | undefined, utilisateur: UtilisateurConnecte | undefined): Promise<RapportPdf> {
    const donnees = await this.donnees(type, code, annee, utilisateur);
    const pdf = await this.rendu.rendre(gabaritRapport(documentTerritoire(donnees)));
    return { pdf, nomFichier: `rapport-${donnees.territoire.type}-${donnees.territoire.code}.pdf` };
  }

  /** One part after the other: the embedded database answers one query at a time. */
  async donnees(type: string, code: string, annee: number | undefined, utilisateur: UtilisateurConnecte | undefined): Promise<DonneesRapportTerritoire> {
    const ref = verifierReference(type, code);
    const fiche = await this.territoires.fiche(ref.type, ref.code);
    const jour = aujourdhuiAParis();
    const d = await this.acces.donnees();
    const m = this.acces.millesime(d, annee);
    const acces = await this.acces.fiche(ref.type, ref.code, m.annee);
    const region = fiche.parents.find((p) => p.type === 'region');
    const aplRegion = region && ref.type !== 'region' ? (await this.acces.indicateursTerritoire('region', region.code, m.annee)).apl.valeur : null;
    const membres = this.acces.membres(d, ref.type, ref.code);
    const codesMembres = membres.map((i) => d.codes[i]);
    const classeDe = (c: string): ClasseAcces | null => {
      const i = d.index.get(c);
      return i === undefined ? null : classerAcces(m.apl[i], m.aplMoins65[i]);
    };
    const departement = d.departement[membres[0]];
    // The map: a commune within its intercommunality and its neighbours (context), another territory with its communes.
    const epciCommune = ref.type === 'commune' ? fiche.parents.find((p) => p.type === 'epci') : undefined;
    const contexte = epciCommune ? (d.membres.get(`epci:${epciCommune.code}`) ?? []).map((i) => d.codes[i]) : [];
    const codesCarte = ref.type === 'commune' ? [...new Set([ref.code, ...fiche.voisins.map((v) => v.code), ...contexte])] : codesMembres;
    const carte = await this.cartes.carte({
      titre: `Classe d’accès aux médecins généralistes (APL ${m.annee})${ref.type === 'commune' ? ' — la commune, son intercommunalité et ses voisines' : ''}`,
      codes: codesCarte,
      couleur: (c) => COULEURS_CLASSES[classeDe(c) ?? 'sans'],
      legende: [...LEGENDE_CLASSES, ...(ref.type === 'commune' ? [{ libelle: `${fiche.nom} (contour bleu)`, couleur: '#ffffff' }] : [])],
      source: `${sourceApl(m).libelle}`,
      misesEnValeur: ref.type === 'commune' ? [ref.code] : [],
      departement,
    });

    // Under-served communes: those of the territory, or for a commune those of its intercommunality.
    const epci = fiche.parents.find((p) => p.type === 'epci');
    const perimetreZones =
      ref.type === 'commune' ? (epci ?? fiche.parents.find((p) => p.type === 'departement')) : { type: ref.type, code: ref.code, nom: fiche.nom };
    const zones = perimetreZones ? await this.acces.zonesSousDotees(`${perimetreZones.type}:${perimetreZones.code}`, m.annee) : null;

    const couverture = await this.couverture.couverture(ref.type, ref.code, jour);
    const liste = await this.structures.lister('msp,psp,cds,cpts', `${ref.type}:${ref.code}`);
    const plusPeuplee =
      ref.type === 'commune' ? ref.code : codesMembres.reduce((a, b) => (m.populationTotale[d.index.get(b)!] > m.populationTotale[d.index.get(a)!] ? b : a));
    const zonage = await this.zonage.classeCommune('medecin', plusPeuplee, jour);
    const aides = await this.aides.aidesDeLaCommune(plusPeuplee, jour);
    const projets = utilisateur ? await this.projetsDuTerritoire(utilisateur, new Set(codesMembres)) : null;

    const eloignement = couverture.eloignement;
    return {
      territoire: {
        type: ref.type,
        code: ref.code,
        nom: fiche.nom,
        population: fiche.population,
        sourcePopulation: { libelle: 'INSEE, populations légales (population municipale)', millesime: fiche.source.millesime },
        parents: fiche.parents.map((p) => p.nom),
        nbCommunes: fiche.nbCommunes,
      },
      acces: {
        annee: m.annee,
        anneePopulation: m.anneePopulation,
        apl: acces.apl.valeur,
        aplMoins65: acces.aplMoins65.valeur,
        fragilite: acces.fragilite.valeur,
        classe: acces.classe.valeur,
        absence: acces.absence,
        region: region && ref.type !== 'region' ? { nom: region.nom, apl: aplRegion } : null,
        rangs: acces.rangs.map((r) => ({ rang: r.rang, sur: r.sur, perimetre: r.perimetre.nom })),
        evolution: acces.evolution
          ? { depuis: acces.evolution.depuis, aplPrecedente: acces.evolution.aplPrecedente.valeur, ecart: acces.evolution.ecart.valeur }
          : null,
        population: { totale: acces.population.totale.valeur ?? 0, sous2_5: acces.population.sous2_5.valeur ?? 0, sous4: acces.population.sous4.valeur ?? 0 },
        horizons: {
          annee5: acces.horizons.horizon5.annee,
          apl5: acces.horizons.horizon5.apl.valeur,
          annee10: acces.horizons.horizon10.annee,
          apl10: acces.horizons.horizon10.apl.valeur,
        },
        repartition: acces.repartitionClasses,
        source: { libelle: `DREES, accessibilité potentielle localisée (APL) aux médecins généralistes`, millesime: String(m.annee) },
      },
      carte,
      // Outside the APL's coverage (Mayotte) there is no list of under-served communes: no section rather than « 0 ».
      zones: zones?.total && zones.communes && perimetreZones ? { perimetre: zones.territoire.nom, total: zones.total, communes: zones.communes } : null,
      structures: {
        // Null counts where FINESS is not loaded (never 0); CPTS counted apart since issue 11.
        parType: { ...couverture.structures.parType, cpts: couverture.cpts.nombre },
        liste: liste.features.map((f) => ({ nom: f.properties.nom, type: f.properties.type, commune: f.properties.commune?.nom ?? null })),
        source: 'FINESS (maisons et centres de santé, CPTS), listing des CPTS de l’ARS Provence-Alpes-Côte d’Azur, saisies des ARS',
        eloignement:
          eloignement.disponible && 'seuilMinutes' in eloignement && eloignement.populationEloignee !== null
            ? `${new Intl.NumberFormat('fr-FR').format(eloignement.populationEloignee)} habitants vivent à plus de ${eloignement.seuilMinutes} minutes d’une structure.`
            : null,
        couverture:
          couverture.structures.couverture.couvert !== true
            ? [couverture.structures.couverture.raison, couverture.structures.couverture.commentCharger].filter(Boolean).join(' ')
            : !eloignement.disponible && 'raison' in eloignement && /FINESS/.test(String(eloignement.raison))
              ? String(eloignement.raison)
              : null,
      },
      zonage: {
        date: jour,
        classe: ref.type === 'commune' ? zonage.classe : null,
        repartition: ref.type === 'commune' ? null : couverture.population.parZonageMedecins,
        version: zonage.version,
        perimee:
          zonage.validite?.statut === 'perimee'
            ? (zonage.validite.motif ?? 'Le zonage chargé a dépassé sa date de fin présumée : le zonage en vigueur n’est pas chargé.')
            : null,
      },
      aides: {
        commune: { nom: aides.commune.nom, code: aides.commune.code },
        exemple: ref.type !== 'commune',
        date: aides.date,
        catalogue: aides.catalogue.version,
        profils: aides.profils.map((p) => ({
          libelle: p.libelle,
          aides: p.aides.map((a) => ({ nom: a.nom, statut: a.statut, montant: a.montant.libelle })),
        })),
      },
      projets,
      genereLe: new Date(),
    };
  }

  private async projetsDuTerritoire(u: UtilisateurConnecte, communes: ReadonlySet<string>) {
    const projets = (await this.projets.lister(u, {})).filter((p) => communes.has(p.communeCode));
    const resultat = [];
    for (const [k, p] of projets.entries()) {
      const verdict = k < PROJETS_ANALYSES ? ((await this.projets.detail(u, p.id)).besoin.verdict?.libelle ?? null) : null;
      resultat.push({
        nom: p.nom,
        type: LIBELLES_TYPE_PROJET[p.type as TypeProjet] ?? p.type,
        etape: LIBELLES_ETAPE[p.etape as EtapeProjet] ?? p.etape,
        commune: p.communeNom,
        verdict,
      });
    }
    return resultat;
  }
}
