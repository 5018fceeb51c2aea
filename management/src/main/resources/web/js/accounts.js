// The account list with each account's live state (bound sessions, last error).
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el} = Console;
  await Console.start('accounts');
  if (!Console.mayChange()) {
    document.getElementById('new-account').hidden = true;
  }
  const body = document.querySelector('#accounts tbody');

  Console.every(5000, async () => {
    const answer = await Console.get('/api/accounts');
    const rows = answer.data.accounts.map((a) => {
      const effective = a.effective || {};
      const state = a.state;
      const total = effective.totalBinds === undefined ? '' : effective.totalBinds;
      const boundClass = state.bound > 0 && state.bound === total ? 'good' : state.bound > 0 ? 'wait' : 'bad';
      const error = a.settingsError
        ? el('span', {class: 'error'}, 'Settings: ' + a.settingsError.field + ': ' + a.settingsError.message)
        : state.lastError ? el('span', {title: Console.time(state.lastErrorAt)}, state.lastError) : '';
      return el('tr', {'data-account': a.name},
        el('td', {}, el('a', {href: '/account.html?name=' + encodeURIComponent(a.name)}, a.name)),
        el('td', {}, a.providerName),
        el('td', {}, a.enabled ? 'yes' : el('span', {class: 'state bad'}, 'disabled')),
        el('td', {}, (effective.hosts || []).join(', ')),
        el('td', {}, effective.tls ? 'yes' : 'no'),
        el('td', {class: 'num'}, el('span', {class: 'state ' + boundClass + ' bound-count'}, String(state.bound))),
        el('td', {class: 'num'}, String(total)),
        el('td', {class: 'last-error'}, error));
    });
    body.replaceChildren(...(rows.length ? rows
      : [el('tr', {class: 'empty'}, el('td', {colspan: 8}, 'No accounts yet.'))]));
  });
});
