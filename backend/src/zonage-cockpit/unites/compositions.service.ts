import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { PorteeService } from '../../auth/portee.service';
import { UtilisateurConnecte } from '../../common/auth/role';
import { introuvable } from '../../common/erreurs/erreur-domaine';
import { decoderTexte } from '../../common/fichiers/decoder-texte';
import { ImportService } from '../../import/import.service';
import { CompositionsRepository, CompositionTvs } from './compositions.repository';
import { lireCompositionTvs } from './lecture-composition-tvs';

/** TVS compositions uploaded by ARS planners: validated against the COG 2026, versioned per région. */
@Injectable()
export class CompositionsService {
  constructor(
    private readonly repository: CompositionsRepository,
    private readonly portee: PorteeService,
    private readonly audit: AuditService,
    private readonly imports: ImportService,
  ) {}

  async lister(utilisateur: UtilisateurConnecte, region: string | undefined): Promise<CompositionTvs[]> {
    if (region) await this.portee.verifierPortee(utilisateur, { type: 'region', code: region });
    const toutes = await this.repository.lister(region ?? null);
    if (utilisateur.role === 'admin' || region) return toutes;
    const visibles: CompositionTvs[] = [];
    for (const c of toutes) if (await this.portee.estDansPortee(utilisateur, { type: 'region', code: c.region })) visibles.push(c);
    return visibles;
  }

  async une(id: number): Promise<CompositionTvs> {
    const c = await this.repository.une(id);
    if (!c) throw introuvable(`Composition de TVS ${id} introuvable.`);
    return c;
  }

  /** Validates the whole file first (nothing is written if any line is wrong), then stores it as the région's new version. */
  async televerser(utilisateur: UtilisateurConnecte, region: string, contenu: Buffer, nomFichier: string) {
    await this.portee.verifierPortee(utilisateur, { type: 'region', code: region });
    const { texte } = decoderTexte(contenu, nomFichier);
    const communes = await this.repository.communesRegion(region);
    const lu = lireCompositionTvs(texte, nomFichier, region, communes);
    const empreinte = createHash('sha256').update(contenu).digest('hex');
    const id = await this.imports.enTransaction(async (requete) => {
      const id = await this.repository.enregistrer(
        requete,
        { region, fichier: nomFichier, empreinte, lignes: lu.membres.length, unites: lu.unites, auteur: utilisateur.email },
        lu.membres,
      );
      await this.audit.enregistrer(
        {
          action: 'creation',
          ressource: 'composition-tvs',
          ressourceId: String(id),
          apres: { region, fichier: nomFichier, empreinte, communes: lu.membres.length, unites: lu.unites, horsRegion: lu.horsRegion },
          utilisateur,
        },
        requete,
      );
      return id;
    });
    return {
      composition: await this.une(id),
      unites: lu.unites,
      communesRegion: lu.communesRegion,
      horsRegion: lu.horsRegion,
      villesParArrondissement: lu.villesParArrondissement,
    };
  }
}
