import { Injectable } from '@nestjs/common';
import { UtilisateurConnecte } from '../../common/auth/role';
import { entreeInvalide } from '../../common/erreurs/erreur-domaine';
import { BrouillonsService } from '../brouillons/brouillons.service';
import { jaugesDe } from '../brouillons/decisions';
import { UnitesRepository } from '../unites/unites.repository';
import { annexeHtml } from './annexe-html';
import { classeurXlsx } from './classeur-xlsx';
import { fichierCsv } from './fichier-csv';
import { tableauCommunes, tableauQpv, tableauSources, tableauUnites } from './tableaux';

export const EXPORTS = ['unites.xlsx', 'unites.csv', 'communes.xlsx', 'communes.csv', 'annexe.html'] as const;
export type NomExport = (typeof EXPORTS)[number];

export interface FichierExporte {
  nom: string;
  type: string;
  contenu: Buffer | string;
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** Exports of a draft: unit and commune tables (XLSX, CSV) and the printable draft annex. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly brouillons: BrouillonsService,
    private readonly unites: UnitesRepository,
  ) {}

  async exporter(utilisateur: UtilisateurConnecte, id: string, nom: string): Promise<FichierExporte> {
    if (!(EXPORTS as readonly string[]).includes(nom)) throw entreeInvalide(`Export inconnu « ${nom} » : attendu ${EXPORTS.join(', ')}.`, 'fichier', nom);
    const meta = await this.brouillons.charger(utilisateur, id);
    const socle = await this.brouillons.socleDe(meta);
    const d = await this.brouillons.decisions(id);
    const base = `zonage-medecins-${meta.region}-${meta.id.slice(0, 8)}`;
    const titre = `${meta.libelle} — ${socle.regionNom}`;
    switch (nom as NomExport) {
      case 'unites.xlsx':
        return {
          nom: `${base}-unites.xlsx`,
          type: TYPES.xlsx,
          contenu: await classeurXlsx(titre, [tableauUnites(socle, d.unites), tableauQpv(socle, d.qpv, d.unites), tableauSources(socle)]),
        };
      case 'communes.xlsx':
        return {
          nom: `${base}-communes.xlsx`,
          type: TYPES.xlsx,
          contenu: await classeurXlsx(titre, [tableauCommunes(socle, d.unites), tableauSources(socle)]),
        };
      case 'unites.csv':
        return { nom: `${base}-unites.csv`, type: TYPES.csv, contenu: fichierCsv(tableauUnites(socle, d.unites)) };
      case 'communes.csv':
        return { nom: `${base}-communes.csv`, type: TYPES.csv, contenu: fichierCsv(tableauCommunes(socle, d.unites)) };
      case 'annexe.html':
        return {
          nom: `${base}-annexe.html`,
          type: TYPES.html,
          contenu: annexeHtml({
            socle,
            libelle: meta.libelle,
            statut: meta.statut,
            unites: d.unites,
            qpv: d.qpv,
            jauges: jaugesDe(socle, d.unites, d.qpv),
            genereLe: new Date().toISOString(),
            nomsDepartements: await this.unites.nomsDepartements(),
          }),
        };
    }
  }
}
