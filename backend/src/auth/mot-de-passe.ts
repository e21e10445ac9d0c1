import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library defaults (m = 19 MiB, t = 2, p = 1: the OWASP minimum), PHC string stored.
 * @node-rs/argon2 ships prebuilt binaries per platform (no install script needed).
 */
export function hacherMotDePasse(motDePasse: string): Promise<string> {
  return hash(motDePasse);
}

/** A valid hash of a random password: verified when the account does not exist, so timing does not tell. */
const HASH_LEURRE = '$argon2id$v=19$m=19456,t=2,p=1$rG1sCrUqqs/R54e2xIWb1Q$OU/wbsi4o8BFpx5hkL2JPCqPZxzNIG8qgN5muIiyANE';

export async function verifierMotDePasse(hashStocke: string | null, motDePasse: string): Promise<boolean> {
  try {
    const ok = await verify(hashStocke ?? HASH_LEURRE, motDePasse);
    return ok && hashStocke !== null;
  } catch {
    return false;
  }
}
