// Latency of an async operation: runs it `n` times after `echauffement` warm-up runs, returns ms quantiles.
export async function mesurer(operation, { n = 50, echauffement = 3 } = {}) {
  for (let i = 0; i < echauffement; i++) await operation(i);
  const durees = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await operation(i);
    durees.push(performance.now() - t0);
  }
  durees.sort((a, b) => a - b);
  const q = (p) => durees[Math.min(durees.length - 1, Math.floor(p * durees.length))];
  return { p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +durees[durees.length - 1].toFixed(1), n };
}
