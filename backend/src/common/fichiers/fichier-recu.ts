import { ErreurDomaine } from '../erreurs/erreur-domaine';

/** What multer hands over for an uploaded file (memory storage). */
export interface FichierTeleverse {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The uploaded file of a multipart request (field « fichier »), or a French 400 when it is missing or empty. */
export function fichierRecu(fichier: FichierTeleverse | undefined): FichierTeleverse {
  if (!fichier || fichier.size === 0) {
    throw new ErreurDomaine('ENTREE_INVALIDE', 'Joignez le fichier à importer dans le champ « fichier » (multipart/form-data).', [
      { champ: 'fichier', message: 'fichier absent ou vide' },
    ]);
  }
  return fichier;
}
