// A small force layout: nodes repel, edges pull, everything drifts to the centre. Deterministic (the
// start positions come from a fixed-seed generator) so the same data gives the same picture.
export function forceLayout(nodes, edges, width, height, iterations = 300) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pos = nodes.map(() => ({ x: width * (0.25 + 0.5 * rand()), y: height * (0.25 + 0.5 * rand()), vx: 0, vy: 0 }));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  for (let it = 0; it < iterations; ++it) {
    const cool = 1 - it / iterations;
    for (let i = 0; i < pos.length; ++i) {
      for (let j = i + 1; j < pos.length; ++j) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = rand() - 0.5; dy = rand() - 0.5; d2 = 0.5; }
        const f = (k * k) / d2;
        pos[i].vx += dx * f * 0.05; pos[i].vy += dy * f * 0.05;
        pos[j].vx -= dx * f * 0.05; pos[j].vy -= dy * f * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - k) / d * 0.05;
      pos[a].vx += dx * f; pos[a].vy += dy * f; pos[b].vx -= dx * f; pos[b].vy -= dy * f;
    }
    for (const p of pos) {
      p.vx += (width / 2 - p.x) * 0.01; p.vy += (height / 2 - p.y) * 0.01;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy), max = 20 * cool + 1;
      if (v > max) { p.vx *= max / v; p.vy *= max / v; }
      p.x = Math.min(width - 30, Math.max(30, p.x + p.vx));
      p.y = Math.min(height - 20, Math.max(20, p.y + p.vy));
      p.vx *= 0.6; p.vy *= 0.6;
    }
  }
  return pos.map((p) => ({ x: p.x, y: p.y }));
}

// Goldstein mean (-10..10) to a colour: red for conflict, grey for neutral, green for cooperation.
export function goldsteinColour(g) {
  const x = Math.max(-1, Math.min(1, (g ?? 0) / 5));
  const grey = [150, 150, 150], red = [192, 57, 43], green = [31, 122, 58];
  const to = x < 0 ? red : green, a = Math.abs(x);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}
