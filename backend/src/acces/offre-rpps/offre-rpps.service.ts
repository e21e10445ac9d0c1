import { Injectable } from '@nestjs/common';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { ImportService } from '../../import/import.service';
import { DonneesAccesService } from '../donnees-acces';
import { lireActivite } from './lecture-activite';
import { offreDepuisActivite } from './offre-depuis-activite';
import { OffreRppsRepository } from './offre-rpps.repository';

/**
 * Replaces the estimated supply by one built from individual GP activity: an activity file (acts per GP, age) joined
 * to the practice sites of the active RPPS import, the DREES caps applied per GP, written to `offre_mg_commune` in one
 * transaction. From then on the full recompute, the scenarios and the what-if use it; emptying it brings back the
 * supply estimated from the published APL.
 */
@Injectable()
export class OffreRppsService {
  constructor(
    private readonly imports: ImportService,
    private readonly repository: OffreRppsRepository,
    private readonly donnees: DonneesAccesService,
  ) {}

  async importer(contenu: Buffer, nomFichier: string, millesime: string) {
    const activites = lireActivite(contenu.toString('utf8'), nomFichier);
    const bilan = await this.imports.enTransaction(async (requete) => {
      const sites = await this.repository.sitesActifs(requete);
      if (!sites.length) {
        throw new ErreurDomaine(
          'DONNEES_NON_CHARGEES',
          'Aucun extrait RPPS importé : importez d’abord l’extrait « PS_LibreAcces_Personne_activite » (POST /api/demographie/rpps), qui donne les sites d’exercice.',
        );
      }
      const offre = offreDepuisActivite(sites, activites);
      if (!offre.communes.length) {
        throw new ErreurDomaine('FICHIER_INVALIDE', `Fichier « ${nomFichier} » refusé : aucun médecin du fichier n’est dans l’extrait RPPS importé.`, [
          { champ: 'fichier', message: 'identifiants PP absents de l’extrait RPPS actif' },
        ]);
      }
      await this.repository.remplacer(requete, offre.communes, `extrait RPPS importé et activité individuelle « ${nomFichier} »`, millesime);
      return offre;
    });
    this.donnees.invalider();
    return {
      communes: bilan.communes.length,
      medecins: activites.length - bilan.sansSite.length,
      consultations: Math.round(bilan.communes.reduce((s, c) => s + c.consultations, 0)),
      plafondsDrees: {
        ...bilan.plafonds,
        regle:
          'Activité comptée comme dans l’APL de la DREES : moins de 250 actes → 0 ; de 251 à 3 600 → 3 600 ; au-delà de 6 000 → 6 000 ; nouveau médecin → 5 400 ; centres de santé sans plafond.',
      },
      medecinsRppsSansActivite: bilan.sansActivite,
      medecinsSansSiteRpps: bilan.sansSite.slice(0, 200),
      offre: 'Cette offre remplace l’offre estimée à partir de l’APL publiée pour le recalcul complet, les scénarios et les simulations.',
    };
  }

  async vider() {
    const n = await this.imports.enTransaction((requete) => this.repository.vider(requete));
    this.donnees.invalider();
    return { communesRetirees: n, offre: 'L’offre estimée à partir de l’APL publiée redevient l’offre du recalcul complet.' };
  }
}
