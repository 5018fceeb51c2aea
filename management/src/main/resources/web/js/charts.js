// Small inline SVG charts drawn from the stats API: no library, no network.
'use strict';

const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const W = 600;
  const H = 200;
  const PAD = {left: 44, right: 8, top: 10, bottom: 24};

  function svg(tag, attributes, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, String(value));
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function frame(from, to, maxY, unit) {
    const root = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img'});
    root.append(
      svg('line', {class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom}),
      svg('line', {class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom}),
      svg('text', {x: PAD.left - 4, y: PAD.top + 8, 'text-anchor': 'end'}, format(maxY) + unit),
      svg('text', {x: PAD.left - 4, y: H - PAD.bottom, 'text-anchor': 'end'}, '0'),
      svg('text', {x: PAD.left, y: H - 6}, label(from)),
      svg('text', {x: W - PAD.right, y: H - 6, 'text-anchor': 'end'}, label(to)));
    return root;
  }

  function format(n) {
    return n >= 10000 ? Math.round(n / 1000) + 'k' : String(Math.round(n * 10) / 10);
  }

  function label(date) {
    return date.toLocaleString(undefined, {month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
      hour12: false});
  }

  // Delivered and failed per minute, stacked, in at most 120 bars over [from, to).
  function outcomes(container, stats) {
    const from = new Date(stats.from);
    const to = new Date(stats.to);
    const minutes = Math.max(1, Math.round((to - from) / 60000));
    const bars = Math.min(120, minutes);
    const perBar = minutes / bars;
    const delivered = new Array(bars).fill(0);
    const failed = new Array(bars).fill(0);
    for (const m of stats.perMinute) {
      const index = Math.min(bars - 1, Math.floor((new Date(m.minute) - from) / 60000 / perBar));
      if (index >= 0) {
        delivered[index] += m.delivered;
        failed[index] += m.failed;
      }
    }
    const maxY = Math.max(1, ...delivered.map((d, i) => d + failed[i]));
    const root = frame(from, to, maxY, '');
    const width = (W - PAD.left - PAD.right) / bars;
    const scale = (H - PAD.top - PAD.bottom) / maxY;
    for (let i = 0; i < bars; i++) {
      const x = PAD.left + i * width + 0.5;
      const dh = delivered[i] * scale;
      const fh = failed[i] * scale;
      if (dh > 0) {
        root.append(svg('rect', {class: 'delivered', x, y: H - PAD.bottom - dh, width: Math.max(1, width - 1),
          height: dh, 'data-count': delivered[i]}));
      }
      if (fh > 0) {
        root.append(svg('rect', {class: 'failed', x, y: H - PAD.bottom - dh - fh, width: Math.max(1, width - 1),
          height: fh, 'data-count': failed[i]}));
      }
    }
    container.replaceChildren(root);
  }

  // Mean and p95 latency per slice; slices without deliveries leave gaps.
  function latency(container, stats) {
    const series = stats.latencySeries;
    const from = new Date(stats.from);
    const to = new Date(stats.to);
    const maxY = Math.max(1, ...series.map((s) => s.p95Millis / 1000));
    const root = frame(from, to, maxY, ' s');
    const width = (W - PAD.left - PAD.right) / series.length;
    const scale = (H - PAD.top - PAD.bottom) / maxY;
    for (const [field, cls] of [['meanMillis', 'latency'], ['p95Millis', 'latency-p95']]) {
      let path = '';
      let drawing = false;
      series.forEach((s, i) => {
        if (s.count === 0) {
          drawing = false;
          return;
        }
        const x = PAD.left + (i + 0.5) * width;
        const y = H - PAD.bottom - (s[field] / 1000) * scale;
        path += (drawing ? 'L' : 'M') + x.toFixed(1) + ' ' + y.toFixed(1) + ' ';
        drawing = true;
        root.append(svg('circle', {class: cls, cx: x, cy: y, r: 2}));
      });
      if (path) {
        root.append(svg('path', {class: cls, d: path}));
      }
    }
    container.replaceChildren(root);
  }

  return {outcomes, latency};
})();
