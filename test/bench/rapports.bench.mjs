// PDF reports (issue 14): time to a whole PDF for a commune, a département and a région, the simulation report and
// the prospective note, their size, and how fast the API answers while reports are being rendered (the layout runs
// in a worker thread: /api/sante and a card must not wait behind it). Figures only, never asserted.

export default async function ({ baseUrl, mesurer }) {
  const resultats = {};
  const octets = async (r) => {
    if (!r.ok) throw new Error(`${r.url} : ${r.status}`);
    return (await r.arrayBuffer()).byteLength;
  };
  const taille = {};
  const territoire = (type, code) => async () => {
    taille[`${type} ${code}`] = await octets(await fetch(`${baseUrl}/api/rapports/territoires/${type}/${code}`));
  };
  const poster = (chemin, corps, cle) => async () => {
    taille[cle] = await octets(
      await fetch(`${baseUrl}${chemin}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) }),
    );
  };
  const cas = [
    ['rapport d’une commune (Boussac, 23031)', territoire('commune', '23031'), 'commune 23031'],
    ['rapport d’un département (Creuse)', territoire('departement', '23'), 'departement 23'],
    ['rapport d’une région (Nouvelle-Aquitaine, 5 400 communes sur la carte)', territoire('region', '75'), 'region 75'],
    [
      'rapport de simulation (MSP de 3 médecins à Boussac)',
      poster('/api/rapports/simulation', { changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }] }, 'simulation'),
      'simulation',
    ],
    [
      'note prospective (Creuse, C → A)',
      poster(
        '/api/rapports/prospective',
        { territoire: 'departement:23', observe: { hypotheses: { 1: 'C' } }, cible: { hypotheses: { 1: 'A' } } },
        'prospective',
      ),
      'prospective',
    ],
  ];
  for (const [libelle, operation, cle] of cas) {
    const m = await mesurer(operation, { n: 8, echauffement: 1 });
    resultats[`${libelle} : p50 / p95 (ms)`] = `${m.p50} / ${m.p95}`;
    resultats[`${libelle} : taille (ko)`] = Math.round(taille[cle] / 1024);
  }

  // The API while four région reports render one after the other in the worker.
  const enCours = Promise.all(Array.from({ length: 4 }, () => territoire('region', '75')()));
  const sante = await mesurer(() => fetch(`${baseUrl}/api/sante`).then((r) => r.json()), { n: 20, echauffement: 0 });
  const fiche = await mesurer((i) => fetch(`${baseUrl}/api/acces/commune/${['23031', '23176', '87085', '19272'][i % 4]}`).then((r) => r.json()), {
    n: 12,
    echauffement: 0,
  });
  await enCours;
  resultats['/api/sante pendant 4 rapports régionaux : p50 / p95 (ms)'] = `${sante.p50} / ${sante.p95}`;
  resultats['fiche d’accès d’une commune pendant ces rapports : p50 / p95 (ms)'] = `${fiche.p50} / ${fiche.p95}`;
  return resultats;
}
