// Every bind of every account, as the adapter last reported it; refreshes by itself.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el} = Console;
  await Console.start('sessions');
  const account = Console.param('account');
  const body = document.querySelector('#sessions tbody');

  Console.every(2000, async () => {
    const answer = await Console.get('/api/sessions' + (account ? '?account=' + encodeURIComponent(account) : ''));
    const data = answer.data;
    document.getElementById('bound-total').textContent = String(data.bound);
    document.getElementById('session-total').textContent = String(data.total);
    document.getElementById('refreshed').textContent = 'Last refreshed ' + Console.time(data.at) + '.';
    const rows = data.sessions.map((s) => {
      const kind = s.stale ? 'wait' : s.bound ? 'good' : 'bad';
      return el('tr', {'data-session': s.node + '/' + s.account + '/' + s.bindIndex},
        el('td', {}, el('a', {href: '/account.html?name=' + encodeURIComponent(s.account)}, s.account)),
        el('td', {}, s.bindGroup),
        el('td', {}, s.node),
        el('td', {class: 'num'}, String(s.bindIndex)),
        el('td', {}, s.host || ''),
        el('td', {}, s.bindType.toLowerCase()),
        el('td', {}, el('span', {class: 'state session-state ' + kind}, s.state + (s.stale ? ' (stale)' : ''))),
        el('td', {class: 'num'}, s.windowInUse + ' / ' + s.windowSize),
        el('td', {}, Console.ago(s.lastEnquireLink)),
        el('td', {class: 'num'}, String(s.submitsPerMinute)),
        el('td', {class: 'num'}, String(s.receiptsPerMinute)),
        el('td', {class: 'num'}, String(s.errorsPerMinute)),
        el('td', {class: 'last-error'}, s.lastError || ''),
        el('td', {}, Console.ago(s.updatedAt)));
    });
    body.replaceChildren(...(rows.length ? rows
      : [el('tr', {class: 'empty'}, el('td', {colspan: 14}, 'No binds reported: is the resource adapter running?'))]));
  });
});
