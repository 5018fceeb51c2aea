// Shared by every page: the API client (session cookie + CSRF token), the navigation bar and
// small DOM helpers. Text always goes in through textContent, never as HTML.
'use strict';

const Console = (() => {
  let session = null;

  async function request(method, path, body) {
    const headers = {'X-Requested-With': 'console'};
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = session ? session.csrfToken : '';
    }
    const options = {method, headers, credentials: 'same-origin'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    if (response.status === 401) {
      toLogin();
      throw new Error('signed out');
    }
    let data = null;
    if (response.status !== 204) {
      const type = response.headers.get('Content-Type') || '';
      data = type.startsWith('application/json') ? await response.json() : await response.text();
    }
    return {status: response.status, ok: response.ok, data};
  }

  function toLogin() {
    const here = window.location.pathname + window.location.search;
    window.location.assign('/login.html?next=' + encodeURIComponent(here));
  }

  // Loads the session (user, CSRF token) and draws the navigation; every page calls it first.
  async function start(current) {
    const answer = await request('GET', '/auth/session');
    session = answer.data;
    drawNav(current);
    return session;
  }

  function drawNav(current) {
    const nav = document.getElementById('nav');
    if (!nav) {
      return;
    }
    const links = [
      ['accounts', '/accounts.html', 'Accounts'],
      ['sessions', '/sessions.html', 'Sessions'],
      ['messages', '/messages.html', 'Messages'],
      ['audit', '/audit.html', 'Audit log'],
      ['users', '/users.html', 'Users']
    ];
    const list = el('ul', {class: 'nav-links'});
    for (const [key, href, label] of links) {
      list.append(el('li', {}, el('a', {href, class: key === current ? 'current' : '', id: 'nav-' + key}, label)));
    }
    const signOut = el('button', {type: 'button', id: 'sign-out', class: 'link'}, 'Sign out');
    signOut.addEventListener('click', async () => {
      await request('POST', '/auth/logout', {});
      window.location.assign('/login.html');
    });
    nav.replaceChildren(
      el('span', {class: 'brand'}, 'SMPP Connector'),
      list,
      el('span', {class: 'who'}, el('span', {id: 'whoami'}, session.username + ' (' + session.role + ')'), signOut));
  }

  function mayChange() {
    return session && session.role === 'admin';
  }

  // el('a', {href: '/x', class: 'y'}, 'text', childNode, ...)
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false || value === '') {
        continue;
      }
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) {
        continue;
      }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function time(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString(undefined, {hour12: false});
  }

  function ago(iso) {
    if (!iso) {
      return 'never';
    }
    const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
    if (seconds < 60) {
      return Math.max(seconds, 0) + ' s ago';
    }
    if (seconds < 3600) {
      return Math.round(seconds / 60) + ' min ago';
    }
    return time(iso);
  }

  // Shows each field error beside its field (an element with data-field="name" or id
  // "error-<name>"), the rest in the form's general error box.
  function showErrors(form, errors) {
    clearErrors(form);
    const general = [];
    for (const error of errors) {
      const box = error.field ? findErrorBox(form, error.field) : null;
      if (box) {
        box.textContent = error.message;
        box.hidden = false;
        const input = form.querySelector('[name="' + CSS.escape(error.field) + '"]');
        if (input) {
          input.setAttribute('aria-invalid', 'true');
        }
      } else {
        general.push((error.field ? error.field + ': ' : '') + error.message);
      }
    }
    const box = form.querySelector('.form-error');
    if (box) {
      box.textContent = general.join('; ');
      box.hidden = general.length === 0;
    }
  }

  function findErrorBox(form, field) {
    let box = form.querySelector('[data-error-for="' + CSS.escape(field) + '"]');
    // bindGroups[1].transmitters falls back to the group's row, then to the list.
    let name = field;
    while (!box && /[.[]/.test(name)) {
      name = name.replace(/(\.[^.[]*|\[\d+\])$/, '');
      box = form.querySelector('[data-error-for="' + CSS.escape(name) + '"]');
    }
    return box;
  }

  function clearErrors(form) {
    for (const box of form.querySelectorAll('[data-error-for], .form-error')) {
      box.textContent = '';
      box.hidden = true;
    }
    for (const input of form.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
    }
  }

  function notice(message, kind) {
    const box = document.getElementById('notice');
    if (!box) {
      return;
    }
    box.textContent = message;
    box.className = 'notice ' + (kind || 'info');
    box.hidden = !message;
  }

  // Runs fn now and every `millis` while the page is visible; returns a stop function.
  function every(millis, fn) {
    let stopped = false;
    let timer = null;
    async function tick() {
      if (stopped) {
        return;
      }
      try {
        if (!document.hidden) {
          await fn();
        }
      } catch (e) {
        notice('Refresh failed: ' + e.message, 'error');
      } finally {
        if (!stopped) {
          timer = setTimeout(tick, millis);
        }
      }
    }
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  const FAILED = ['EXPIRED', 'DELETED', 'UNDELIVERABLE', 'REJECTED', 'SKIPPED'];

  // good, bad or wait: how a delivery state is coloured.
  function stateKind(state) {
    return state === 'DELIVERED' ? 'good' : FAILED.includes(state) ? 'bad' : 'wait';
  }

  function stateBadge(state) {
    return el('span', {class: 'state ' + stateKind(state)}, state);
  }

  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  return {request, start, el, time, ago, showErrors, clearErrors, notice, every, param, mayChange, stateKind, stateBadge,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    del: (path) => request('DELETE', path)};
})();
