// Territory search and card latency over HTTP.
export default async function ({ baseUrl, mesurer }) {
  const requetes = ['saint etienne', 'ajaccio', 'loire', 'paris', 'mont'];
  const recherche = await mesurer((i) =>
    fetch(`${baseUrl}/api/territoires/recherche?q=${encodeURIComponent(requetes[i % requetes.length])}`).then((r) => r.json()),
  );
  const codes = ['2A004', '42218', '97611', '75056', '31555'];
  const fiche = await mesurer((i) => fetch(`${baseUrl}/api/territoires/commune/${codes[i % codes.length]}`).then((r) => r.json()));
  return { 'recherche p50/p95 (ms)': `${recherche.p50} / ${recherche.p95}`, 'fiche commune p50/p95 (ms)': `${fiche.p50} / ${fiche.p95}` };
}
