import { useEffect, useRef, useState, useSyncExternalStore, type SyntheticEvent } from 'react';
import { DEMO_LOGIN } from '../../mocks/mockApi.js';
import { useApiClient } from './api.js';
import type { LoginGate } from './loginGate.js';

/** The app's own sign-in form, opened by the kit through the provider's `requestLogin`. */
export function LoginDialog({ gate }: { gate: LoginGate }) {
  const open = useSyncExternalStore(gate.subscribe, gate.isOpen);
  return open ? <LoginForm gate={gate} /> : null;
}

function LoginForm({ gate }: { gate: LoginGate }) {
  const api = useApiClient();
  const ref = useRef<HTMLDialogElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    // A second modal on top of the kit's re-login prompt: both live in the top layer.
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');
    const ok = await api.login(text(data.get('username')), text(data.get('password')));
    if (ok) gate.resolve(true);
    else setFailed(true);
  };

  return (
    <dialog ref={ref} aria-labelledby="login-title" className="login" onCancel={() => {
        gate.resolve(false);
      }}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="login-title">Sign in to the demo shop</h2>
        <p>
          Use <code>{DEMO_LOGIN.username}</code> / <code>{DEMO_LOGIN.password}</code>.
        </p>
        <label htmlFor="login-username">Username</label>
        <input id="login-username" name="username" autoComplete="username" defaultValue={DEMO_LOGIN.username} />
        <label htmlFor="login-password">Password</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" />
        <p role="status">{failed ? 'That username and password did not work.' : ''}</p>
        <button type="submit">Sign in</button>
      </form>
    </dialog>
  );
}
