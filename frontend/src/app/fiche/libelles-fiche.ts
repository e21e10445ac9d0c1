/** Labels of the territory card, in plain French (no internal codes). */
const LIBELLES_CLASSE: Readonly<Record<string, string>> = {
  sous_dotee: 'Sous-dotée (APL < 2,5)',
  fragile_menacee: 'Fragile, menacée par les départs',
  fragile: 'Fragile (2,5 ≤ APL < 4)',
  suffisante: 'Accès suffisant (APL ≥ 4)',
};
const LIBELLES_ZONAGE: Readonly<Record<string, string>> = {
  ZIP: 'ZIP — zone d’intervention prioritaire',
  ZAC: 'ZAC — zone d’action complémentaire',
  ZAR: 'ZAR — zone d’accompagnement régional',
  HZ: 'Hors zonage',
  MIXTE: 'Mixte (parties de classes différentes)',
};
export const LIBELLES_STRUCTURES: Readonly<Record<string, string>> = {
  msp: 'MSP',
  psp: 'PSP',
  cds: 'Centres de santé',
  cpts: 'CPTS',
  esp: 'ESP',
};

export const libelleClasse = (classe: string): string => LIBELLES_CLASSE[classe] ?? classe;
export const libelleZonage = (classe: string): string => LIBELLES_ZONAGE[classe] ?? classe;
