/**
 * Minimal Mapbox Vector Tile reader for specs: layer names, feature counts, keys and string values.
 * (The full decoders are ESM-only packages that jest's CommonJS runtime cannot load.)
 */
export interface CoucheMvt {
  nom: string;
  entites: number;
  cles: string[];
  valeurs: string[];
  extent: number;
}

export function lireMvt(octets: Uint8Array): CoucheMvt[] {
  return champs(octets)
    .filter((c) => c.numero === 3 && c.octets)
    .map((c) => lireCouche(c.octets!));
}

function lireCouche(octets: Uint8Array): CoucheMvt {
  const couche: CoucheMvt = { nom: '', entites: 0, cles: [], valeurs: [], extent: 4096 };
  for (const c of champs(octets)) {
    if (c.numero === 1 && c.octets) couche.nom = texte(c.octets);
    else if (c.numero === 2) couche.entites++;
    else if (c.numero === 3 && c.octets) couche.cles.push(texte(c.octets));
    else if (c.numero === 4 && c.octets) {
      const chaine = champs(c.octets).find((v) => v.numero === 1 && v.octets);
      if (chaine) couche.valeurs.push(texte(chaine.octets!));
    } else if (c.numero === 5 && c.varint !== undefined) couche.extent = c.varint;
  }
  return couche;
}

interface Champ {
  numero: number;
  octets?: Uint8Array;
  varint?: number;
}

function champs(octets: Uint8Array): Champ[] {
  const resultat: Champ[] = [];
  let i = 0;
  const varint = (): number => {
    let valeur = 0;
    let decalage = 0;
    let octet: number;
    do {
      octet = octets[i++];
      valeur += (octet & 0x7f) * 2 ** decalage;
      decalage += 7;
    } while (octet & 0x80);
    return valeur;
  };
  while (i < octets.length) {
    const cle = varint();
    const numero = Math.floor(cle / 8);
    const type = cle & 7;
    if (type === 0) resultat.push({ numero, varint: varint() });
    else if (type === 2) {
      const longueur = varint();
      resultat.push({ numero, octets: octets.subarray(i, i + longueur) });
      i += longueur;
    } else if (type === 1) i += 8;
    else if (type === 5) i += 4;
    else throw new Error(`Type protobuf inattendu : ${type}`);
  }
  return resultat;
}

const texte = (octets: Uint8Array) => Buffer.from(octets).toString('utf8');
