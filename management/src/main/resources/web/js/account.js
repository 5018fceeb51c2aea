// One account: create from a provider preset, edit, enable/disable, delete; and its bind groups.
// The form shows the preset's values; a field left at its preset value is saved as "preset"
// (null), so that the account keeps following the preset there.
'use strict';

const SETTINGS = ['hosts', 'port', 'tls', 'systemType', 'interfaceVersion', 'sessionCap', 'windowSize', 'maxTps',
  'tpsBurst', 'enquireLinkSeconds', 'responseTimeoutMillis', 'reconnectDelaySeconds'];
const NUMBERS = new Set(['port', 'sessionCap', 'windowSize', 'maxTps', 'tpsBurst', 'enquireLinkSeconds',
  'responseTimeoutMillis', 'reconnectDelaySeconds']);

const page = {presets: {}, account: null, preset: null};

document.addEventListener('DOMContentLoaded', async () => {
  await Console.start('accounts');
  const form = document.getElementById('account-form');
  const presets = (await Console.get('/api/presets')).data.presets;
  const select = document.getElementById('provider');
  for (const preset of presets) {
    page.presets[preset.provider] = preset;
    select.append(Console.el('option', {value: preset.provider}, preset.displayName));
  }
  const name = Console.param('name');
  if (name) {
    await loadAccount(name);
  } else {
    select.value = 'generic';
    applyPreset(page.presets.generic, null);
  }
  select.addEventListener('change', () => applyPreset(page.presets[select.value], page.preset));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form);
  });
  document.getElementById('toggle-enabled').addEventListener('click', toggleEnabled);
  document.getElementById('delete').addEventListener('click', () => showConfirm(true));
  document.getElementById('confirm-delete-no').addEventListener('click', () => showConfirm(false));
  document.getElementById('confirm-delete-yes').addEventListener('click', deleteAccount);
  document.getElementById('add-group').addEventListener('click', () => {
    addGroupRow({name: 'group-' + (groupRows().length + 1), systemType: null,
      transmitters: 0, receivers: 0, transceivers: 1});
    updateGroupSummary();
  });
  document.getElementById('groups-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveGroups();
  });
  if (!Console.mayChange()) {
    for (const input of document.querySelectorAll('input, select, button[type="submit"], #add-group')) {
      input.disabled = true;
    }
  }
});

function presetValue(preset, field) {
  const s = preset.settings;
  switch (field) {
    case 'hosts': return preset.hostsGiven ? s.hosts.join(', ') : '';
    case 'port': return String(preset.port);
    case 'tls': return String(s.tls);
    case 'interfaceVersion': return s.interfaceVersion;
    case 'systemType': return '';
    case 'reconnectDelaySeconds': return '';
    default: return s[field] === null || s[field] === undefined ? '' : String(s[field]);
  }
}

// Fields still showing the old preset's values take the new preset's.
function applyPreset(preset, previous) {
  for (const field of SETTINGS) {
    const input = document.getElementById(field);
    if (!previous || input.value === presetValue(previous, field)) {
      input.value = presetValue(preset, field);
    }
  }
  document.getElementById('reconnectDelaySeconds').placeholder = 'preset: ' + preset.settings.reconnect;
  document.getElementById('hosts').placeholder = preset.hostsGiven ? '' : 'host[:port], ... (given by ' +
    preset.displayName + ')';
  page.preset = preset;
  if (!page.account) {
    showFacts(preset.settings);
  }
}

async function loadAccount(name) {
  const answer = await Console.get('/api/accounts/' + encodeURIComponent(name));
  if (answer.status === 404) {
    Console.notice('There is no account ' + name + '.', 'error');
    return;
  }
  const account = answer.data;
  page.account = account;
  document.title = account.name + ' · SMPP Connector';
  document.getElementById('title').textContent = 'Account ' + account.name;
  const preset = page.presets[account.provider];
  document.getElementById('provider').value = account.provider;
  applyPreset(preset, null);
  const nameInput = document.getElementById('name');
  nameInput.value = account.name;
  nameInput.readOnly = true;
  document.getElementById('enabled').checked = account.enabled;
  document.getElementById('systemId').value = account.systemId || '';
  const password = document.getElementById('password');
  password.value = '';
  password.placeholder = account.passwordSet ? 'unchanged (set)' : 'not set';
  for (const field of SETTINGS) {
    if (account[field] !== null && account[field] !== undefined) {
      document.getElementById(field).value = String(account[field]);
    }
  }
  document.getElementById('save').textContent = 'Save changes';
  const toggle = document.getElementById('toggle-enabled');
  toggle.hidden = false;
  toggle.textContent = account.enabled ? 'Disable' : 'Enable';
  document.getElementById('delete').hidden = false;
  if (account.effective) {
    showFacts(account.effective);
  }
  if (account.settingsError) {
    Console.showErrors(document.getElementById('account-form'), [account.settingsError]);
  }
  document.getElementById('groups-section').hidden = false;
  await loadGroups();
}

function showFacts(s) {
  const {el} = Console;
  const facts = [
    ['Hosts', s.hosts.length ? s.hosts.join(', ') : '(none yet)'],
    ['TLS', s.tls ? 'on' : 'off'],
    ['SMPP version', s.interfaceVersion],
    ['Session cap', s.sessionCap === null ? 'none' : s.sessionCap],
    ['Binds', s.bindGroups.map((g) => (g.systemType ? g.systemType + ': ' : '') + g.transmitters + ' tx, ' +
      g.receivers + ' rx, ' + g.transceivers + ' trx').join('; ')],
    ['Window', s.windowSize],
    ['Throughput', s.maxTps === null ? 'unlimited' : s.maxTps + '/s, burst ' + s.tpsBurst],
    ['Keepalive', s.keepalive],
    ['Reconnect', s.reconnect],
    ['Data codings', s.allowedDataCodings.join(', ')],
    ['Segmentation', s.segmentation.method + ': ' + s.segmentation.gsm7PerPart + ' GSM / ' +
      s.segmentation.ucs2PerPart + ' UCS-2 / ' + s.segmentation.octetsPerPart + ' octets per part' +
      (s.segmentation.multipartDataCodings.length ? ', multipart only in ' +
        s.segmentation.multipartDataCodings.join(', ') : '')],
    ['Supported PDUs', s.supportedOperations.join(', ')],
    ['Longest validity', s.maxValidityDays === null ? 'not limited' : s.maxValidityDays + ' days']
  ];
  document.getElementById('preset-facts').replaceChildren(
    ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

function formBody() {
  const body = {
    provider: document.getElementById('provider').value,
    enabled: document.getElementById('enabled').checked,
    systemId: document.getElementById('systemId').value.trim() || null
  };
  const password = document.getElementById('password').value;
  if (password !== '') {
    body.password = password;
  }
  for (const field of SETTINGS) {
    const value = document.getElementById(field).value.trim();
    if (value === presetValue(page.preset, field) || value === '') {
      body[field] = null;
    } else if (field === 'tls') {
      body.tls = value === 'true';
    } else if (NUMBERS.has(field) && /^-?\d+$/.test(value)) {
      body[field] = Number(value);
    } else {
      body[field] = value;
    }
  }
  return body;
}

async function save(form) {
  Console.clearErrors(form);
  Console.notice('');
  const body = formBody();
  let answer;
  if (page.account) {
    answer = await Console.put('/api/accounts/' + encodeURIComponent(page.account.name), body);
  } else {
    body.name = document.getElementById('name').value.trim();
    answer = await Console.post('/api/accounts', body);
  }
  if (!answer.ok) {
    Console.showErrors(form, answer.data.errors);
    Console.notice('Not saved: see the fields marked.', 'error');
    return;
  }
  if (!page.account) {
    window.location.assign('/account.html?name=' + encodeURIComponent(answer.data.name) + '&created=1');
    return;
  }
  await loadAccount(answer.data.name);
  Console.notice('Saved. The adapter applies the change without a redeploy.', 'ok');
}

async function toggleEnabled() {
  const answer = await Console.put('/api/accounts/' + encodeURIComponent(page.account.name),
    {enabled: !page.account.enabled});
  if (answer.ok) {
    await loadAccount(page.account.name);
    Console.notice(answer.data.enabled ? 'Enabled.' : 'Disabled: its binds will close.', 'ok');
  } else {
    Console.notice(answer.data.errors.map((e) => e.message).join('; '), 'error');
  }
}

function showConfirm(shown) {
  document.getElementById('confirm-delete').hidden = !shown;
  document.getElementById('delete').hidden = shown;
}

async function deleteAccount() {
  const answer = await Console.del('/api/accounts/' + encodeURIComponent(page.account.name));
  if (answer.status === 204) {
    window.location.assign('/accounts.html');
  } else {
    Console.notice(answer.data.errors.map((e) => e.message).join('; '), 'error');
  }
}

// Bind groups.

function groupRows() {
  return Array.from(document.querySelectorAll('#groups tbody tr'));
}

async function loadGroups() {
  const answer = await Console.get('/api/accounts/' + encodeURIComponent(page.account.name) + '/bind-groups');
  page.groups = answer.data;
  document.querySelector('#groups tbody').replaceChildren();
  for (const group of answer.data.groups) {
    addGroupRow(group);
  }
  updateGroupSummary();
}

function addGroupRow(group) {
  const {el} = Console;
  const index = groupRows().length;
  const count = (field) => {
    const input = el('input', {type: 'number', min: 0, class: 'count', name: 'groups[' + index + '].' + field,
      'data-field': field, value: String(group[field])});
    input.addEventListener('input', updateGroupSummary);
    return input;
  };
  const remove = el('button', {type: 'button', class: 'danger remove-group'}, 'Remove');
  const row = el('tr', {'data-group': group.name},
    el('td', {}, el('input', {name: 'groups[' + index + '].name', 'data-field': 'name', value: group.name}),
      el('p', {class: 'error', 'data-error-for': 'groups[' + index + ']', hidden: true})),
    el('td', {}, el('input', {name: 'groups[' + index + '].systemType', 'data-field': 'systemType', maxlength: 12,
      value: group.systemType || '', placeholder: 'account\'s'})),
    el('td', {class: 'num'}, count('transmitters')),
    el('td', {class: 'num'}, count('receivers')),
    el('td', {class: 'num'}, count('transceivers')),
    el('td', {class: 'num'}, group.state ? group.state.bound + ' / ' + group.state.sessions : ''),
    el('td', {}, remove));
  remove.addEventListener('click', () => {
    row.remove();
    renumberGroups();
    updateGroupSummary();
  });
  document.querySelector('#groups tbody').append(row);
}

function renumberGroups() {
  groupRows().forEach((row, index) => {
    for (const input of row.querySelectorAll('input')) {
      input.name = 'groups[' + index + '].' + input.dataset.field;
    }
    row.querySelector('[data-error-for]').dataset.errorFor = 'groups[' + index + ']';
  });
}

function updateGroupSummary() {
  let total = 0;
  for (const input of document.querySelectorAll('#groups input[type="number"]')) {
    total += Number(input.value) || 0;
  }
  const cap = page.groups ? page.groups.sessionCap : null;
  const text = total + ' binds in total' + (cap === null ? ' (no session cap)' : ', session cap ' + cap) +
    (page.groups && page.groups.fromPreset ? '. These are the preset\'s groups until you save your own.' : '.');
  const summary = document.getElementById('groups-summary');
  summary.textContent = text;
  summary.className = cap !== null && total > cap ? 'error' : 'muted';
}

async function saveGroups() {
  const form = document.getElementById('groups-form');
  Console.clearErrors(form);
  const groups = groupRows().map((row) => {
    const value = (field) => row.querySelector('[data-field="' + field + '"]').value.trim();
    const number = (field) => (/^\d+$/.test(value(field)) ? Number(value(field)) : value(field));
    return {name: value('name'), systemType: value('systemType') || null, transmitters: number('transmitters'),
      receivers: number('receivers'), transceivers: number('transceivers')};
  });
  const answer = await Console.put('/api/accounts/' + encodeURIComponent(page.account.name) + '/bind-groups',
    {groups});
  if (!answer.ok) {
    Console.showErrors(form, answer.data.errors);
    Console.notice('Bind groups not saved: see the marks.', 'error');
    return;
  }
  await loadGroups();
  Console.notice('Bind groups saved. The adapter opens and closes binds to match.', 'ok');
}

if (new URLSearchParams(window.location.search).get('created')) {
  document.addEventListener('DOMContentLoaded', () => Console.notice('Account created.', 'ok'));
}
