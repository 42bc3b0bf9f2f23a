import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser (it runs before paint, and before child effects such as a
 * dialog moving focus in), a plain effect on the server, which has no layout and where React 18
 * warns about layout effects.
 */
export const useBeforePaintEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
