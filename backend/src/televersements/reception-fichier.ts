import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { FichierRecu } from './type-fichier';

export interface OptionsReception {
  /** Folder of pending uploads (created 0700; files 0600). */
  dossier: string;
  tailleMax: number;
  extensions: readonly string[];
  delaiMs: number;
  /** Checks the fields received before the file, before a byte of it is stored (throws an ErreurDomaine). */
  verifierChamps: (champs: Record<string, string>) => Promise<void>;
}

export interface Reception {
  id: string;
  fichier: FichierRecu;
  champs: Record<string, string>;
}

const CHAMPS_MAX = 30;
const TAILLE_CHAMP_MAX = 4096;

/**
 * Receives a multipart upload (fields first, then one file in the field « fichier ») straight to disk with
 * busboy: the file is never held in memory, it is hashed (sha256) as it is written, and the request is cut
 * at the type's size limit (413) or time limit (408). A refused upload leaves no file behind.
 */
export async function recevoirFichier(requete: Readable, entetes: IncomingHttpHeaders, options: OptionsReception): Promise<Reception> {
  if (!String(entetes['content-type'] ?? '').startsWith('multipart/form-data')) {
    throw new ErreurDomaine('ENTREE_INVALIDE', 'Envoyez le fichier en multipart/form-data, dans le champ « fichier ».', [
      { champ: 'fichier', message: 'multipart/form-data attendu' },
    ]);
  }
  mkdirSync(options.dossier, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const chemin = path.join(options.dossier, id);
  const champs: Record<string, string> = {};
  let parseur: busboy.Busboy;
  try {
    parseur = busboy({
      headers: entetes,
      limits: { files: 1, fields: CHAMPS_MAX, fieldSize: TAILLE_CHAMP_MAX, fileSize: options.tailleMax, parts: CHAMPS_MAX + 1 },
    });
  } catch {
    throw new ErreurDomaine('ENTREE_INVALIDE', 'En-tête multipart illisible : le séparateur des parties manque dans Content-Type.', []);
  }
  let fichier: FichierRecu | null = null;
  let echec: Error | null = null;
  const travaux: Promise<void>[] = [];

  const minuterie = setTimeout(() => {
    echec ??= new ErreurDomaine(
      'DELAI_DEPASSE',
      `Téléversement interrompu : le fichier n’est pas arrivé en entier en ${Math.round(options.delaiMs / 60000)} minutes. Réessayez sur une connexion plus rapide.`,
    );
    requete.unpipe(parseur);
    parseur.destroy();
    requete.resume();
  }, options.delaiMs);

  parseur.on('field', (nom, valeur, info) => {
    if (info.valueTruncated)
      echec ??= new ErreurDomaine('ENTREE_INVALIDE', `Champ « ${nom} » trop long (4 096 caractères au plus).`, [{ champ: nom, message: 'trop long' }]);
    champs[nom] = valeur;
  });
  parseur.on('fieldsLimit', () => (echec ??= new ErreurDomaine('ENTREE_INVALIDE', 'Trop de champs dans le formulaire.', [])));
  parseur.on('file', (nom, flux, info) => {
    if (nom !== 'fichier' || fichier || echec) {
      if (!echec && nom !== 'fichier')
        echec = new ErreurDomaine('ENTREE_INVALIDE', `Champ de fichier inattendu « ${nom} » : utilisez « fichier ».`, [
          { champ: nom, message: 'champ inattendu' },
        ]);
      flux.resume();
      return;
    }
    const nomFichier = path.basename(info.filename || 'fichier');
    const extension = options.extensions.find((e) => nomFichier.toLowerCase().endsWith(e));
    travaux.push(
      (async () => {
        if (!extension) {
          throw new ErreurDomaine('FICHIER_INVALIDE', `Fichier « ${nomFichier} » refusé : extension attendue ${options.extensions.join(', ')}.`, [
            { champ: 'fichier', valeur: nomFichier, message: `extension attendue ${options.extensions.join(', ')}` },
          ]);
        }
        flux.pause();
        await options.verifierChamps(champs);
        const hash = createHash('sha256');
        let taille = 0;
        let tropGros = false;
        flux.on('limit', () => (tropGros = true));
        await pipeline(
          flux,
          new Transform({
            transform(morceau: Buffer, _e, suite) {
              hash.update(morceau);
              taille += morceau.length;
              suite(null, morceau);
            },
          }),
          createWriteStream(chemin, { mode: 0o600 }),
        );
        if (tropGros || (flux as { truncated?: boolean }).truncated) {
          throw new ErreurDomaine(
            'FICHIER_TROP_VOLUMINEUX',
            `Fichier « ${nomFichier} » refusé : il dépasse ${formaterTaille(options.tailleMax)}, la taille maximale pour ce type de fichier.`,
            [{ champ: 'fichier', valeur: nomFichier, message: `taille maximale ${formaterTaille(options.tailleMax)}` }],
          );
        }
        if (taille === 0) throw new ErreurDomaine('ENTREE_INVALIDE', `Le fichier « ${nomFichier} » est vide.`, [{ champ: 'fichier', message: 'fichier vide' }]);
        fichier = { chemin, nom: nomFichier, taille, empreinte: hash.digest('hex') };
      })().catch((e: unknown) => {
        echec ??= e instanceof Error ? e : new Error(String(e));
        flux.resume();
      }),
    );
  });

  try {
    await new Promise<void>((resolve, reject) => {
      parseur.on('close', resolve);
      parseur.on('error', () => reject(echec ?? new ErreurDomaine('ENTREE_INVALIDE', 'Envoi multipart illisible : formulaire tronqué ou mal formé.', [])));
      requete.on('aborted', () => reject(new ErreurDomaine('ENTREE_INVALIDE', 'Téléversement interrompu par le navigateur.', [])));
      requete.pipe(parseur);
    });
    await Promise.all(travaux);
  } catch (e) {
    echec ??= e instanceof Error ? e : new Error(String(e));
  } finally {
    clearTimeout(minuterie);
  }
  if (echec || !fichier) {
    rmSync(chemin, { force: true });
    throw (
      echec ??
      new ErreurDomaine('ENTREE_INVALIDE', 'Joignez le fichier à importer dans le champ « fichier » (multipart/form-data).', [
        { champ: 'fichier', message: 'fichier absent' },
      ])
    );
  }
  return { id, fichier, champs };
}

/** « 512 Mo », « 50 Mo », « 800 Ko ». */
export function formaterTaille(octets: number): string {
  const mo = octets / 1024 ** 2;
  return mo >= 1 ? `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(mo)} Mo` : `${Math.round(octets / 1024)} Ko`;
}
