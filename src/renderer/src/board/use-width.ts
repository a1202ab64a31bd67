import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The content width of an element in CSS px, kept up to date; 0 until measured. Measured
 * before the first paint, so what is sized by it is laid out once, at its size.
 */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
