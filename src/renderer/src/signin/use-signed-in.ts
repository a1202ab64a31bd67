import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignedIn } from '../../../shared/contract/domains/session';
import { useTransport } from '../api-context';
import { SIGNED_OUT_EVENT } from '../transport/transport';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; expired: boolean }
  | { kind: 'must-change'; signed: SignedIn }
  | { kind: 'signed-in'; signed: SignedIn };

const stateOf = (signed: SignedIn): SessionState =>
  signed.mustChangePassword ? { kind: 'must-change', signed } : { kind: 'signed-in', signed };

/**
 * The window's session: asked once at start (`session.me`: a reload keeps a live session),
 * set by sign-in, ended by sign-out or when a call finds it expired. `onSession` runs as a
 * session is known, before the signed-in app renders (to send for its first data).
 */
export function useSignedIn(onSignedOut: () => void, onSession: (signed: SignedIn) => void) {
  const { invoke } = useTransport();
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const after = useRef(onSignedOut);
  after.current = onSignedOut;
  const known = useRef(onSession);
  known.current = onSession;

  useEffect(() => {
    invoke('session.me', {}).then(
      (signed) => {
        if (signed) known.current(signed);
        setState(signed ? stateOf(signed) : { kind: 'signed-out', expired: false });
      },
      () => setState({ kind: 'signed-out', expired: false }),
    );
  }, [invoke]);

  useEffect(() => {
    const expired = () => {
      setState({ kind: 'signed-out', expired: true });
      after.current();
    };
    window.addEventListener(SIGNED_OUT_EVENT, expired);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, expired);
  }, []);

  const signedIn = useCallback((signed: SignedIn) => {
    known.current(signed);
    setState(stateOf(signed));
  }, []);

  const signOut = useCallback(async () => {
    await invoke('lock.releaseAll', {}).catch(() => undefined);
    await invoke('session.logout', {}).catch(() => undefined);
    setState({ kind: 'signed-out', expired: false });
    after.current();
  }, [invoke]);

  return { state, signedIn, signOut };
}
