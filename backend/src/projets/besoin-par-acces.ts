import { Injectable } from '@nestjs/common';
import { AccesService } from '../acces/acces.service';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { BesoinZone, FournisseurBesoinProjet } from './besoin-projet';
import { verdictCirculaire } from './verdict-circulaire';

type Indicateurs = Awaited<ReturnType<AccesService['indicateursCommunes']>>;

/**
 * The need of a project's zone from the access engine (official DREES APL): the commune's card, the zone's
 * indicators when the project covers other communes, and the 2010-circular verdict read on the zone's APL.
 */
@Injectable()
export class BesoinParAcces implements FournisseurBesoinProjet {
  constructor(private readonly acces: AccesService) {}

  async besoin(communeCode: string, communesCouvertes: string[] = []): Promise<BesoinZone> {
    try {
      const fiche = await this.acces.fiche('commune', communeCode);
      const commune = {
        code: fiche.code,
        nom: fiche.nom,
        annee: fiche.annee,
        source: fiche.source,
        apl: fiche.apl,
        aplMoins65: fiche.aplMoins65,
        fragilite: fiche.fragilite,
        classe: fiche.classe,
        population: fiche.population,
        evolution: fiche.evolution,
        horizons: fiche.horizons,
        absence: fiche.absence,
      };
      const autres = communesCouvertes.filter((c) => c !== communeCode);
      const zone = autres.length ? resumeZone(await this.acces.indicateursCommunes([communeCode, ...autres])) : null;
      const lu = zone ?? { apl: commune.apl, source: commune.source, absence: commune.absence };
      return {
        disponible: true,
        indicateurs: { commune, zone },
        verdict: verdictCirculaire(lu.apl.valeur, lu.source, lu.absence),
      };
    } catch (e) {
      // A missing dataset (APL not imported) leaves the rest of the project readable.
      if (e instanceof ErreurDomaine) return { disponible: false, message: e.message };
      throw e;
    }
  }
}

function resumeZone(z: Indicateurs) {
  return {
    nbCommunes: z.nbCommunes,
    annee: z.annee,
    source: z.source,
    apl: z.apl,
    aplMoins65: z.aplMoins65,
    fragilite: z.fragilite,
    classe: z.classe,
    population: z.population,
    repartitionClasses: z.repartitionClasses,
    absence: z.absence,
  };
}
