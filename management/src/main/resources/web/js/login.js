// The sign-in page: posts the credentials as JSON and goes where the user was headed.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const response = await fetch('/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-Requested-With': 'console'},
      body: JSON.stringify({
        username: document.getElementById('username').value,
        password: document.getElementById('password').value
      })
    });
    if (response.ok) {
      window.location.assign(safeNext());
      return;
    }
    let message = 'Sign-in failed (' + response.status + ')';
    try {
      const body = await response.json();
      message = body.errors.map((e) => (e.field ? e.field + ': ' : '') + e.message).join('; ');
    } catch (ignored) {
      // keep the status text
    }
    error.textContent = message;
    error.hidden = false;
  });
});

// Only a path on this site: never an absolute URL an attacker put in the link.
function safeNext() {
  const next = new URLSearchParams(window.location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) {
    return next;
  }
  return '/accounts.html';
}
