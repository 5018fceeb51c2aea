// Message search, counts per state, charts over the range, CSV export of the search.
'use strict';

const CRITERIA = ['messageId', 'destination', 'source', 'account', 'state', 'from', 'to', 'userReference'];
const PAGE = 50;

document.addEventListener('DOMContentLoaded', async () => {
  await Console.start('messages');
  const form = document.getElementById('search-form');
  const params = new URLSearchParams(window.location.search);
  for (const name of CRITERIA) {
    const value = params.get(name);
    if (value) {
      document.getElementById('q-' + name).value = (name === 'from' || name === 'to') ? toLocalInput(value) : value;
    }
  }
  let offset = Number(params.get('offset')) || 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    search(form, offset);
  });
  document.getElementById('previous').addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE);
    search(form, offset);
  });
  document.getElementById('next').addEventListener('click', () => {
    offset += PAGE;
    search(form, offset);
  });
  await search(form, offset);
});

function criteria() {
  const query = new URLSearchParams();
  for (const name of CRITERIA) {
    let value = document.getElementById('q-' + name).value.trim();
    if (value && (name === 'from' || name === 'to')) {
      value = new Date(value).toISOString();
    }
    if (value) {
      query.set(name, value);
    }
  }
  return query;
}

async function search(form, offset) {
  const {el} = Console;
  Console.clearErrors(form);
  const query = criteria();
  const linkable = new URLSearchParams(query);
  if (offset) {
    linkable.set('offset', String(offset));
  }
  window.history.replaceState(null, '', '/messages.html' + (linkable.toString() ? '?' + linkable : ''));
  const exportQuery = new URLSearchParams(query);
  exportQuery.set('format', 'csv');
  document.getElementById('export').href = '/api/messages?' + exportQuery;

  const page = new URLSearchParams(query);
  page.set('offset', String(offset));
  page.set('limit', String(PAGE));
  const answer = await Console.get('/api/messages?' + page);
  if (!answer.ok) {
    Console.showErrors(form, answer.data.errors.map((e) => ({field: null, message: e.field + ': ' + e.message})));
    return;
  }
  const rows = answer.data.messages.map((m) => el('tr', {'data-message': m.id},
    el('td', {}, el('a', {href: '/message.html?id=' + m.id}, Console.time(m.submittedAt))),
    el('td', {}, m.account),
    el('td', {}, m.source || ''),
    el('td', {}, m.destination),
    el('td', {}, m.userReference || ''),
    el('td', {class: 'num'}, String(m.partCount)),
    el('td', {}, Console.stateBadge(m.state)),
    el('td', {class: 'muted'}, m.text === null ? '(digest only)' : m.text.length > 60 ? m.text.slice(0, 60) + '…' : m.text)));
  document.querySelector('#messages tbody').replaceChildren(...(rows.length ? rows
    : [el('tr', {class: 'empty'}, el('td', {colspan: 8}, 'No message matches.'))]));
  document.getElementById('previous').disabled = offset === 0;
  document.getElementById('next').disabled = !answer.data.hasMore;
  await stats(query);
}

async function stats(query) {
  const {el} = Console;
  const range = new URLSearchParams();
  for (const name of ['from', 'to', 'account']) {
    if (query.get(name)) {
      range.set(name, query.get(name));
    }
  }
  const answer = await Console.get('/api/stats?' + range);
  if (!answer.ok) {
    Console.notice('Statistics: ' + answer.data.errors.map((e) => e.message).join('; '), 'error');
    return;
  }
  const data = answer.data;
  Console.notice('');
  const cards = [el('div', {class: 'card', id: 'count-total'}, el('div', {class: 'value'}, String(data.total)),
    el('div', {class: 'label'}, 'messages'))];
  for (const [state, count] of Object.entries(data.counts)) {
    if (count > 0) {
      cards.push(el('div', {class: 'card', id: 'count-' + state}, el('div', {class: 'value'}, String(count)),
        el('div', {class: 'label'}, state.toLowerCase())));
    }
  }
  document.getElementById('counts').replaceChildren(...cards);
  Charts.outcomes(document.getElementById('chart-outcomes'), data);
  Charts.latency(document.getElementById('chart-latency'), data);
  const l = data.latency;
  document.getElementById('latency-summary').textContent = l.count === 0 ? '(no deliveries)'
    : '(' + l.count + ' parts: mean ' + (l.meanMillis / 1000).toFixed(1) + ' s, median ' +
      (l.medianMillis / 1000).toFixed(1) + ' s, p95 ' + (l.p95Millis / 1000).toFixed(1) + ' s, max ' +
      (l.maxMillis / 1000).toFixed(1) + ' s)';
}

// An ISO instant as a datetime-local input value (local time, to the second).
function toLocalInput(iso) {
  const d = new Date(iso);
  if (isNaN(d)) {
    return '';
  }
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' +
    pad(d.getMinutes()) + ':' + pad(d.getSeconds());
}
