/** [ouest, sud, est, nord] (WGS84) of metropolitan France and of each DROM, for the « aller à » buttons. */
export const EMPRISES_TERRITOIRES: readonly { nom: string; emprise: readonly [number, number, number, number] }[] = [
  { nom: 'Métropole', emprise: [-5.2, 41.3, 9.6, 51.1] },
  { nom: 'Guadeloupe', emprise: [-61.85, 15.83, -60.99, 16.52] },
  { nom: 'Martinique', emprise: [-61.24, 14.38, -60.8, 14.89] },
  { nom: 'Guyane', emprise: [-54.61, 2.11, -51.63, 5.75] },
  { nom: 'La Réunion', emprise: [55.21, -21.4, 55.84, -20.87] },
  { nom: 'Mayotte', emprise: [44.98, -13.01, 45.3, -12.63] },
];
