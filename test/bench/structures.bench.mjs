// Care offer: coverage queries (the heavy ones: trajet joins, zonage at a date), structure layers and zonage map.
export default async function ({ baseUrl, mesurer }) {
  const territoires = ['departement/31', 'departement/32', 'departement/06', 'region/76', 'epci/243100518', 'commune/31555'];
  const couverture = await mesurer((i) => fetch(`${baseUrl}/api/couverture/${territoires[i % territoires.length]}?date=2026-03-01`).then((r) => r.json()));
  const couches = ['type=msp,psp,cds&territoire=departement:31', 'type=cpts&territoire=region:93', 'bbox=1.2,43.4,1.7,43.8'];
  const structures = await mesurer((i) => fetch(`${baseUrl}/api/structures?${couches[i % couches.length]}`).then((r) => r.json()));
  const zonage = await mesurer(() => fetch(`${baseUrl}/api/zonages/medecin?date=2026-03-01`).then((r) => r.json()), { n: 20 });
  const communes = ['31555', '09122', '13203', '2A004', '97411'];
  const fiche = await mesurer((i) => fetch(`${baseUrl}/api/zonages/communes/${communes[i % communes.length]}?date=2026-03-01`).then((r) => r.json()));
  return {
    'couverture territoire p50/p95 (ms)': `${couverture.p50} / ${couverture.p95}`,
    'couche structures p50/p95 (ms)': `${structures.p50} / ${structures.p95}`,
    'zonage national à une date p50/p95 (ms)': `${zonage.p50} / ${zonage.p95}`,
    'zonages d’une commune p50/p95 (ms)': `${fiche.p50} / ${fiche.p95}`,
  };
}
