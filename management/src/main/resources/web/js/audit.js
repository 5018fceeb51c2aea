// Configuration changes: who, what, when.
'use strict';

const AUDIT_PAGE = 100;

document.addEventListener('DOMContentLoaded', async () => {
  await Console.start('audit');
  let offset = 0;
  const target = document.getElementById('q-target');
  target.value = Console.param('target') || '';
  const load = async () => {
    const {el} = Console;
    const query = new URLSearchParams({offset: String(offset), limit: String(AUDIT_PAGE)});
    if (target.value.trim()) {
      query.set('target', target.value.trim());
    }
    const answer = await Console.get('/api/audit?' + query);
    const rows = answer.data.entries.map((e) => el('tr', {'data-action': e.action},
      el('td', {}, Console.time(e.at)),
      el('td', {}, e.username || ''),
      el('td', {}, e.action),
      el('td', {}, e.target || ''),
      el('td', {class: 'muted'}, e.detail || '')));
    document.querySelector('#audit tbody').replaceChildren(...(rows.length ? rows
      : [el('tr', {class: 'empty'}, el('td', {colspan: 5}, 'No change recorded.'))]));
    document.getElementById('previous').disabled = offset === 0;
    document.getElementById('next').disabled = !answer.data.hasMore;
  };
  document.getElementById('audit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    load();
  });
  document.getElementById('previous').addEventListener('click', () => {
    offset = Math.max(0, offset - AUDIT_PAGE);
    load();
  });
  document.getElementById('next').addEventListener('click', () => {
    offset += AUDIT_PAGE;
    load();
  });
  await load();
});
