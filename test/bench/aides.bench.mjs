// Aid single window latency over HTTP: eligibility (JSON and printable), commune view, catalogue.
const COMMUNES = ['23096', '48095', '59350', '13001', '97611', '09122'];
const GP = {
  situation: 'installation',
  profession: 'medecin-generaliste',
  premiereInstallation: true,
  typeCabinet: 'principal',
  dateInstallation: '2025-05-01',
  secteur: 'secteur-1',
  modeExercice: 'groupe',
  aidesAnterieures: [{ code: 'caim', date: '2020-05-01' }],
};

export default async function ({ baseUrl, mesurer }) {
  const poster = (chemin, corps) =>
    fetch(`${baseUrl}${chemin}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) }).then((r) => {
      if (!r.ok) throw new Error(`${chemin} : ${r.status}`);
      return r.text();
    });
  const corps = (i) => ({ ...GP, commune: COMMUNES[i % COMMUNES.length], date: i % 2 ? '2026-03-01' : '2025-06-01' });
  const json = await mesurer((i) => poster('/api/aides/eligibilite', corps(i)));
  const html = await mesurer((i) => poster('/api/aides/eligibilite/imprimable', corps(i)));
  const commune = await mesurer((i) => fetch(`${baseUrl}/api/aides/communes/${COMMUNES[i % COMMUNES.length]}?date=2026-11-15`).then((r) => r.json()), {
    n: 30,
  });
  const catalogue = await mesurer(() => fetch(`${baseUrl}/api/aides?date=2026-03-01`).then((r) => r.json()));
  return {
    'éligibilité JSON p50/p95 (ms)': `${json.p50} / ${json.p95}`,
    'éligibilité imprimable p50/p95 (ms)': `${html.p50} / ${html.p95}`,
    'vue commune (8 profils) p50/p95 (ms)': `${commune.p50} / ${commune.p95}`,
    'catalogue à une date p50/p95 (ms)': `${catalogue.p50} / ${catalogue.p95}`,
  };
}
