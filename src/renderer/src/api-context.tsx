import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/contract';
import type { Transport } from './transport/transport';

const TransportContext = createContext<Transport | null>(null);

export function TransportProvider(props: { transport: Transport; children: ReactNode }) {
  return (
    <TransportContext.Provider value={props.transport}>{props.children}</TransportContext.Provider>
  );
}

/** The transport chosen at start; components call `useTransport().invoke(name, args)`. */
export function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('useTransport outside TransportProvider');
  return transport;
}

/** Runs `onEvent` for each listed event; the latest callback is used without resubscribing. */
export function useApiEvents(
  events: readonly EventName[],
  onEvent: (event: EventName, payload: EventPayload) => void,
): void {
  const transport = useTransport();
  const callback = useRef(onEvent);
  callback.current = onEvent;
  const key = events.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return transport.subscribe((event, payload) => {
      if (wanted.has(event)) callback.current(event, payload);
    });
  }, [transport, key]);
}
