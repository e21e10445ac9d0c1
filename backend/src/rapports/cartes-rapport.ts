import { Injectable } from '@nestjs/common';
import { ClasseAcces } from '../acces/indicateurs/classes-acces';
import { sridMetrique } from '../territoires/srid-metrique';
import { CarteRapport } from './pdf/carte-svg';
import { RapportsRepository } from './rapports.repository';

/** Colours of the access classes, the dashboard's (frontend/src/app/indicateurs/acces.indicateurs.ts). */
export const COULEURS_CLASSES: Readonly<Record<ClasseAcces | 'sans', string>> = {
  sous_dotee: '#d7191c',
  fragile_menacee: '#f46d43',
  fragile: '#fee08b',
  suffisante: '#66bd63',
  sans: '#d9d9d9',
};

export const LIBELLES_CARTE_CLASSES: Readonly<Record<ClasseAcces | 'sans', string>> = {
  sous_dotee: 'Sous-dotée (APL sous 2,5)',
  fragile_menacee: 'Fragile, menacée par les départs en retraite',
  fragile: 'Fragile (APL de 2,5 à 4)',
  suffisante: 'Accès suffisant (APL de 4 et plus)',
  sans: 'APL non publiée',
};

export const ATTRIBUTION_CONTOURS = 'IGN, ADMIN EXPRESS (contours des communes), COG 2026 de l’INSEE';

export interface DemandeCarte {
  readonly titre: string;
  readonly codes: readonly string[];
  readonly couleur: (code: string) => string;
  readonly legende: CarteRapport['legende'];
  readonly source: string;
  readonly misesEnValeur?: readonly string[];
  /** Département of the communes (its metric CRS: Lambert-93, or the DROM's UTM). */
  readonly departement: string;
}

/** Report maps: commune outlines from PostGIS, simplified to what an A4 page shows, coloured by the caller. */
@Injectable()
export class CartesRapport {
  constructor(private readonly repository: RapportsRepository) {}

  async carte(d: DemandeCarte): Promise<CarteRapport | null> {
    if (!d.codes.length) return null;
    const srid = sridMetrique(d.departement);
    const emprise = await this.repository.emprise(d.codes, srid);
    if (!emprise) return null;
    // About one point of a 515 pt wide map: finer detail cannot be printed.
    const contours = await this.repository.contours(d.codes, srid, emprise.largeurDegres / 900);
    return {
      titre: d.titre,
      entites: contours.filter((c) => c.chemin).map((c) => ({ code: c.code, chemin: c.chemin, couleur: d.couleur(c.code) })),
      emprise,
      misesEnValeur: d.misesEnValeur,
      legende: d.legende,
      source: d.source,
      attribution: ATTRIBUTION_CONTOURS,
    };
  }
}
