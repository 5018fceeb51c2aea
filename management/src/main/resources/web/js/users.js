// The signed-in user's token and password; for administrators, the console's users.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const session = await Console.start('users');
  await showMe();
  document.getElementById('issue-token').addEventListener('click', async () => {
    const answer = await Console.post('/api/me/token', {});
    const box = document.getElementById('token');
    box.textContent = answer.data.token;
    box.hidden = false;
    await showMe();
  });
  document.getElementById('revoke-token').addEventListener('click', async () => {
    await Console.del('/api/me/token');
    document.getElementById('token').hidden = true;
    await showMe();
  });
  const passwordForm = document.getElementById('password-form');
  passwordForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(passwordForm);
    const answer = await Console.put('/api/me/password', {
      currentPassword: document.getElementById('currentPassword').value,
      newPassword: document.getElementById('newPassword').value
    });
    if (!answer.ok) {
      Console.showErrors(passwordForm, answer.data.errors);
      return;
    }
    // A new password ends every session of the user, this one included.
    window.location.assign('/login.html?next=%2Fusers.html');
  });
  if (session.role === 'admin') {
    document.getElementById('admin-section').hidden = false;
    await listUsers();
    const userForm = document.getElementById('user-form');
    userForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      Console.clearErrors(userForm);
      const answer = await Console.post('/api/users', {
        username: document.getElementById('new-username').value.trim(),
        password: document.getElementById('new-password').value,
        role: document.getElementById('new-role').value
      });
      if (!answer.ok) {
        Console.showErrors(userForm, answer.data.errors);
        return;
      }
      userForm.reset();
      Console.notice('User ' + answer.data.username + ' added.', 'ok');
      await listUsers();
    });
  }
});

async function showMe() {
  const me = (await Console.get('/api/me')).data;
  document.getElementById('token-state').textContent = me.hasToken ? 'You have a token.' : 'You have no token.';
  document.getElementById('revoke-token').disabled = !me.hasToken;
}

async function listUsers() {
  const {el} = Console;
  const users = (await Console.get('/api/users')).data.users;
  document.querySelector('#users tbody').replaceChildren(...users.map((u) => {
    const remove = el('button', {type: 'button', class: 'danger'}, 'Delete');
    remove.addEventListener('click', async () => {
      const answer = await Console.del('/api/users/' + encodeURIComponent(u.username));
      if (answer.status === 204) {
        Console.notice('User ' + u.username + ' deleted.', 'ok');
        await listUsers();
      } else {
        Console.notice(answer.data.errors.map((e) => e.message).join('; '), 'error');
      }
    });
    return el('tr', {}, el('td', {}, u.username), el('td', {}, u.role), el('td', {}, remove));
  }));
}
