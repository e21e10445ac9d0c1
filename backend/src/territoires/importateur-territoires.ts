import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { normaliserRecherche } from '../common/texte/normaliser-recherche';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { sridMetrique } from './srid-metrique';
import { TerritoiresRepository } from './territoires.repository';

interface CommuneCog {
  code: string;
  nom: string;
  type: string;
  zone: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
}
interface EpciCog {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}
interface ZoneCog {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}
interface Entite {
  type: 'Feature';
  properties: { code: string };
  geometry: unknown;
}

const TAILLE_LOT = 1500;

/**
 * Régions, départements, EPCI and communes of the 2026 COG (`@etalab/decoupage-administratif@6`,
 * legal populations 2026) with the geometry shipped in geo-data/territoires (ADMIN EXPRESS derived,
 * reconciled to the 2026 list). Métropole, Corsica and the five DROM.
 */
@Injectable()
export class ImportateurTerritoires implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'territoires';
  readonly libelle = 'Territoires (communes, EPCI, départements, régions)';
  readonly dependances = [] as const;
  readonly description: DescriptionJeu = {
    source:
      'INSEE COG 2026 et populations légales 2026 via @etalab/decoupage-administratif 6.0.0 ; contours IGN ADMIN EXPRESS (COG 2024) réconciliés au COG 2026',
    millesime: '2026',
    licence: 'Licence Ouverte Etalab 2.0',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: TerritoiresRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private dossierCog(): string {
    return path.dirname(require.resolve('@etalab/decoupage-administratif/data/communes.json'));
  }

  private fichierGeo(nom: string): string {
    return path.join(this.config.racineProjet, 'geo-data', 'territoires', `${nom}.geojson.gz`);
  }

  fichiersSource(): string[] {
    const cog = this.dossierCog();
    return [
      ...['regions', 'departements', 'epci', 'communes'].map((n) => path.join(cog, `${n}.json`)),
      ...['regions', 'departements', 'epci', 'communes'].map((n) => this.fichierGeo(n)),
    ];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const ignorees: LigneIgnoree[] = [];
    const lire = <T>(nom: string): T => JSON.parse(readFileSync(path.join(this.dossierCog(), `${nom}.json`), 'utf8'));
    const regions = lire<ZoneCog[]>('regions').filter((r) => r.zone !== 'com');
    const departements = lire<ZoneCog[]>('departements').filter((d) => d.zone !== 'com');
    const communes = lire<CommuneCog[]>('communes').filter((c) => c.type === 'commune-actuelle' && c.zone !== 'com');
    const codesCommunes = new Set(communes.map((c) => c.code));
    const epcis = lire<EpciCog[]>('epci').filter((e) => e.membres.some((m) => codesCommunes.has(m.code)));
    const epciDeCommune = new Map<string, string>();
    epcis.forEach((e) => e.membres.forEach((m) => epciDeCommune.set(m.code, e.code)));

    const total = regions.length + departements.length + epcis.length + communes.length;
    let fait = 0;
    const avancer = (n: number, etape: string) => ctx.progression((fait += n), total, etape);

    const geoRegions = this.lireGeometries('regions');
    await this.repository.enregistrerRegions(
      ctx.requete,
      regions.map((r) => ({ code: r.code, nom: r.nom, nom_recherche: normaliserRecherche(r.nom), zone: r.zone, geometrie: geoRegions.get(r.code) ?? null })),
    );
    avancer(regions.length, 'régions');

    const geoDeps = this.lireGeometries('departements');
    await this.repository.enregistrerDepartements(
      ctx.requete,
      departements.map((d) => ({
        code: d.code,
        nom: d.nom,
        nom_recherche: normaliserRecherche(d.nom),
        region_code: d.region,
        geometrie: geoDeps.get(d.code) ?? null,
      })),
    );
    avancer(departements.length, 'départements');

    const geoEpci = this.lireGeometries('epci');
    await this.repository.enregistrerEpci(
      ctx.requete,
      epcis.map((e) => ({ code: e.code, nom: e.nom, nom_recherche: normaliserRecherche(e.nom), nature: e.type, geometrie: geoEpci.get(e.code) ?? null })),
    );
    avancer(epcis.length, 'EPCI');

    const geoCommunes = this.lireGeometries('communes');
    for (let i = 0; i < communes.length; i += TAILLE_LOT) {
      const lot = communes.slice(i, i + TAILLE_LOT).map((c) => {
        const geometrie = geoCommunes.get(c.code) ?? null;
        if (!geometrie)
          ignorees.push({
            champ: 'geometrie',
            valeur: c.code,
            message: `Commune ${c.code} ${c.nom} : pas de contour (commune recréée après 2024), chargée sans géométrie`,
          });
        return {
          code: c.code,
          nom: c.nom,
          nom_recherche: normaliserRecherche(c.nom),
          population: c.population ?? 0,
          departement_code: c.departement,
          region_code: c.region,
          epci_code: epciDeCommune.get(c.code) ?? null,
          codes_postaux: c.codesPostaux ?? [],
          srid_metrique: sridMetrique(c.departement),
          geometrie,
        };
      });
      await this.repository.enregistrerCommunes(ctx.requete, lot);
      avancer(lot.length, 'communes');
    }
    const supprimees = await this.repository.supprimerAbsents(ctx.requete, {
      communes: [...codesCommunes],
      epci: epcis.map((e) => e.code),
      departements: departements.map((d) => d.code),
      regions: regions.map((r) => r.code),
    });
    ctx.progression(total, total, 'centres, projections et populations');
    await this.repository.calculerDerives(ctx.requete);
    ctx.progression(total, total, 'voisins de chaque territoire');
    await this.repository.calculerVoisins(ctx.requete);
    ignorees.push(...supprimees.map((code) => ({ champ: 'code', valeur: code, message: `Territoire ${code} absent du COG 2026 : supprimé` })));
    return { lignes: total, ignorees };
  }

  private lireGeometries(nom: string): Map<string, unknown> {
    const fichier = this.fichierGeo(nom);
    if (!existsSync(fichier)) throw new Error(`Fichier de contours manquant : ${fichier} (voir geo-data/README.md).`);
    const collection = JSON.parse(gunzipSync(readFileSync(fichier)).toString('utf8')) as { features: Entite[] };
    return new Map(collection.features.map((f) => [f.properties.code, f.geometry]));
  }
}
