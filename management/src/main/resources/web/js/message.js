// One message: its facts, the timeline of its submission and receipts, its parts, its receipts.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el} = Console;
  await Console.start('messages');
  const id = Console.param('id');
  const answer = await Console.get('/api/messages/' + encodeURIComponent(id || ''));
  if (!answer.ok) {
    Console.notice(answer.data.errors.map((e) => e.message).join('; '), 'error');
    return;
  }
  const {message, parts, receipts, timeline, provider} = answer.data;
  document.getElementById('title').textContent = 'Message ' + message.id + ' to ' + message.destination;
  const facts = [
    ['State', Console.stateBadge(message.state)],
    ['Account', el('a', {href: '/account.html?name=' + encodeURIComponent(message.account)}, message.account)],
    ['Provider', provider],
    ['From', message.source || ''],
    ['To', message.destination],
    ['Submitted', Console.time(message.submittedAt)],
    ['Parts', String(message.partCount)],
    ['User reference', message.userReference || ''],
    ['Text', message.text === null ? 'not kept (digest ' + (message.textDigest || '') + ')' : message.text],
    ['Node', message.node || '']
  ];
  document.getElementById('facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));

  const errorText = (e) => (e ? e.text + (e.raw ? ' (err ' + e.raw + ')' : '') : '');
  document.getElementById('timeline').replaceChildren(...timeline.map((event) =>
    el('li', {class: event.state === 'SUBMITTED' ? 'wait' : Console.stateKind(event.state), 'data-state': event.state},
      el('strong', {}, event.state === 'SUBMITTED' ? 'submitted' : event.state),
      event.partNumber === null ? '' : ' (part ' + event.partNumber + ')',
      el('span', {class: 'when'}, Console.time(event.at)),
      el('div', {class: 'detail'}, event.detail + (event.error ? ' · ' + errorText(event.error) : '')))));

  document.querySelector('#parts tbody').replaceChildren(...parts.map((p) => el('tr', {},
    el('td', {class: 'num'}, String(p.partNumber)),
    el('td', {}, el('code', {}, p.messageId)),
    el('td', {}, Console.stateBadge(p.state)),
    el('td', {}, Console.time(p.stateAt)),
    el('td', {}, errorText(p.error)))));

  document.querySelector('#receipts tbody').replaceChildren(...(receipts.length ? receipts.map((r) => el('tr', {},
    el('td', {}, Console.time(r.receivedAt)),
    el('td', {class: 'num'}, r.partNumber === null ? '' : String(r.partNumber)),
    el('td', {}, Console.stateBadge(r.state)),
    el('td', {}, errorText(r.error)),
    el('td', {}, Console.time(r.doneDate)),
    el('td', {}, (r.node || '') + (r.session ? ' / ' + r.session : '')),
    el('td', {class: 'num'}, String(r.deliveries)),
    el('td', {class: 'muted'}, r.text || '')))
    : [el('tr', {class: 'empty'}, el('td', {colspan: 8}, 'No receipt yet.'))]));
});
