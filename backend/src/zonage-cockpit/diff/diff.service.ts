import { Inject, Injectable } from '@nestjs/common';
import { AidesService } from '../../aides/aides.service';
import { UtilisateurConnecte } from '../../common/auth/role';
import { entreeInvalide } from '../../common/erreurs/erreur-domaine';
import { CouvertureDonneesService } from '../../jeux-de-donnees/couverture-donnees.service';
import { verifierDate } from '../../zonage/zonage.service';
import { BrouillonsService } from '../brouillons/brouillons.service';
import { Socle } from '../unites/socle';
import { Comparaison, comparer, etatBrouillon, etatEnVigueur } from './comparer';
import { DiffRepository } from './diff.repository';
import { AIDES_HYPOTHESE, stockageHypothese } from './source-zonage-hypothetique';

export interface ChangementAide {
  profil: string;
  aide: string;
  nom: string;
  avant: string | null;
  apres: string | null;
}

/** An aid open under both classes with the same status: the class does not decide it (e.g. the zones rouges mission). */
export interface AideInchangee {
  aide: string;
  nom: string;
  statut: string;
  profils: string[];
  /** For « à confirmer »: each open point with its reason (an unknown fact says why it is unknown). */
  aPreciser: string[];
}

export interface GroupeAides {
  avant: string | null;
  apres: string;
  departement: string;
  communes: number;
  communeTemoin: { code: string; nom: string };
  changements: ChangementAide[];
  inchangees: AideInchangee[];
}

interface AideSous {
  profil: string;
  id: string;
  nom: string;
  statut: string;
  aPreciser: readonly { raison: string }[];
}

const LIBELLES_STATUT: Record<string, string> = { eligible: 'éligible', 'a-confirmer': 'à confirmer', 'non-eligible': 'non éligible' };
const aujourdhui = () => new Date().toISOString().slice(0, 10);

/**
 * What a draft changes against the zonage in force (or another draft): units and communes changing class, population
 * moved per class, GPs practising in the communes that change (RPPS layer, when loaded) and the aids whose
 * eligibility changes there, asked to the real aid engine under both zonages.
 */
@Injectable()
export class DiffService {
  constructor(
    private readonly brouillons: BrouillonsService,
    private readonly repository: DiffRepository,
    private readonly couverture: CouvertureDonneesService,
    @Inject(AIDES_HYPOTHESE) private readonly aides: AidesService,
  ) {}

  async diffEnVigueur(utilisateur: UtilisateurConnecte, id: string, options: { date?: string; aides?: boolean } = {}) {
    const meta = await this.brouillons.charger(utilisateur, id);
    const socle = await this.brouillons.socleDe(meta);
    const d = await this.brouillons.decisions(id);
    const comparaison = comparer(socle, etatEnVigueur(socle), etatBrouillon(d.unites, d.qpv), (c) => d.unites.get(c)?.force ?? false);
    return {
      brouillon: { id: meta.id, libelle: meta.libelle, region: meta.region, statut: meta.statut },
      reference: { date: meta.dateReference, ...socle.zonageEnVigueur },
      ...(await this.completer(socle, comparaison, options)),
    };
  }

  async comparerBrouillons(utilisateur: UtilisateurConnecte, id: string, autre: string) {
    const a = await this.brouillons.charger(utilisateur, id);
    const b = await this.brouillons.charger(utilisateur, autre);
    if (a.region !== b.region || a.unite !== b.unite || a.compositionId !== b.compositionId || a.anneeApl !== b.anneeApl) {
      throw entreeInvalide('Deux brouillons se comparent s’ils portent sur la même région, la même unité et le même millésime APL.', 'autre', autre);
    }
    const socle = await this.brouillons.socleDe(a);
    const da = await this.brouillons.decisions(id);
    const db = await this.brouillons.decisions(autre);
    const comparaison = comparer(socle, etatBrouillon(da.unites, da.qpv), etatBrouillon(db.unites, db.qpv), (c) => db.unites.get(c)?.force ?? false);
    return {
      de: { id: a.id, libelle: a.libelle },
      a: { id: b.id, libelle: b.libelle },
      ...comparaison,
    };
  }

  private async completer(socle: Socle, c: Comparaison, options: { date?: string; aides?: boolean }) {
    const codes = c.communes.map((x) => x.code);
    const rpps = await this.repository.medecinsRpps(codes);
    const etatRpps = await this.couverture.etat('rpps', 'region', socle.region);
    const medecins = rpps.disponible
      ? {
          disponible: true,
          // a sum over the covered communes only: a lower bound when the layer covers part of them (said in raison)
          total: codes.reduce((s, code) => s + (rpps.couvertes.has(code) ? (rpps.parCommune.get(code) ?? 0) : 0), 0),
          source: rpps.source,
          couverture: etatRpps,
          raison: etatRpps.couvert === true ? null : etatRpps.raison,
        }
      : {
          disponible: false,
          total: null,
          source: null,
          couverture: etatRpps,
          raison:
            etatRpps.couvert === false && etatRpps.raison
              ? etatRpps.raison
              : 'Aucun extrait RPPS chargé : le nombre de généralistes exerçant dans les communes qui changent de classe est inconnu.',
          commentCharger: etatRpps.commentCharger,
        };
    const date = options.date ?? aujourdhui();
    verifierDate(date, 'date');
    const aides = options.aides === false ? null : await this.aidesQuiChangent(socle, c, date);
    return {
      ...c,
      communes: c.communes.map((x) => ({ ...x, medecins: rpps.couvertes.has(x.code) ? (rpps.parCommune.get(x.code) ?? 0) : null })),
      nbUnitesChangees: c.unites.length,
      nbCommunesChangees: c.communes.length,
      medecins,
      aides,
    };
  }

  /**
   * Aids whose answer changes when the commune's zonage médecins class changes: the real aid engine answers for a
   * witness commune (the most populous) of each change of class in each département, once with the class in force taken
   * as valid and once with the draft's class, for the typical profiles of the single window.
   */
  private async aidesQuiChangent(socle: Socle, c: Comparaison, date: string) {
    const groupes = new Map<string, typeof c.communes>();
    for (const x of c.communes) {
      const k = `${x.avant}|${x.apres}|${x.departement}`;
      (groupes.get(k) ?? groupes.set(k, []).get(k)!).push(x);
    }
    const resultat: GroupeAides[] = [];
    for (const communes of groupes.values()) {
      const temoin = [...communes].sort((a, b) => b.population - a.population)[0];
      const avant = await this.aidesSous(temoin.code, temoin.avant, date, 'zonage en vigueur (classe supposée toujours applicable)');
      const apres = await this.aidesSous(temoin.code, temoin.apres, date, 'brouillon de zonage (classe du projet)');
      const changements: ChangementAide[] = [];
      for (const [cle, a] of apres) {
        const b = avant.get(cle);
        if (b?.statut !== a.statut)
          changements.push({
            profil: a.profil,
            aide: a.id,
            nom: a.nom,
            avant: b ? LIBELLES_STATUT[b.statut] : 'non éligible',
            apres: LIBELLES_STATUT[a.statut],
          });
      }
      for (const [cle, b] of avant)
        if (!apres.has(cle)) changements.push({ profil: b.profil, aide: b.id, nom: b.nom, avant: LIBELLES_STATUT[b.statut], apres: 'non éligible' });
      resultat.push({
        avant: temoin.avant,
        apres: temoin.apres,
        departement: temoin.departement,
        communes: communes.length,
        communeTemoin: { code: temoin.code, nom: temoin.nom },
        changements,
        inchangees: inchangees(avant, apres),
      });
    }
    return {
      date,
      groupes: resultat,
      note: 'Réponses du guichet unique pour une commune témoin (la plus peuplée) de chaque changement de classe et de chaque département, pour les profils types : médecin qui s’installe, médecin installé, étudiant, docteur junior, maître de stage, porteurs de MSP et de CPTS, collectivité. Les aides locales d’autres territoires et les critères QPV ou FRR peuvent différer d’une commune à l’autre.',
    };
  }

  /** Aids open (eligible or to be confirmed) per profile in a commune under an assumed class, keyed by profile and aid. */
  private async aidesSous(code: string, classe: string | null, date: string, libelle: string) {
    const classes = new Map<string, string>(classe ? [[code, classe]] : []);
    const r = await stockageHypothese.run({ classes, libelle, date }, () => this.aides.aidesDeLaCommune(code, date));
    const parCle = new Map<string, AideSous>();
    for (const p of r.profils)
      for (const a of p.aides) parCle.set(`${p.id}|${a.id}`, { profil: p.libelle, id: a.id, nom: a.nom, statut: a.statut, aPreciser: a.aPreciser });
    return parCle;
  }
}

/** Aids open with the same status under both classes, one line per aid and status, with the profiles concerned. */
function inchangees(avant: ReadonlyMap<string, AideSous>, apres: ReadonlyMap<string, AideSous>): AideInchangee[] {
  const lignes = new Map<string, AideInchangee>();
  for (const [cle, a] of apres) {
    if (avant.get(cle)?.statut !== a.statut) continue;
    const k = `${a.id}|${a.statut}`;
    const ligne = lignes.get(k) ?? lignes.set(k, { aide: a.id, nom: a.nom, statut: LIBELLES_STATUT[a.statut], profils: [], aPreciser: [] }).get(k)!;
    ligne.profils.push(a.profil);
    for (const p of a.aPreciser) if (!ligne.aPreciser.includes(p.raison)) ligne.aPreciser.push(p.raison);
  }
  return [...lignes.values()];
}
