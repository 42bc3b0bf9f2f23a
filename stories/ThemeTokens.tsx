import './docsPages.css';
import { useEffect, useRef, useState } from 'react';

/** The kit's colour tokens (src/styles.css), in the order a designer reads them. */
const TOKENS = [
  ['--raek-fg', 'Text'],
  ['--raek-muted', 'Secondary text'],
  ['--raek-bg', 'Page and dialog background'],
  ['--raek-border', 'Borders'],
  ['--raek-alert-bg', 'Blocking banner (role="alert") background'],
  ['--raek-alert-border', 'Blocking banner edge'],
  ['--raek-status-bg', 'Non-blocking banner (role="status") background'],
  ['--raek-status-border', 'Non-blocking banner edge'],
  ['--raek-focus', 'Focus ring'],
  ['--raek-button-bg', 'Button background'],
  ['--raek-button-fg', 'Button text'],
  ['--raek-primary-bg', 'Primary button background'],
  ['--raek-primary-fg', 'Primary button text'],
  ['--raek-error', 'Field error text'],
  ['--raek-backdrop', 'Dialog backdrop'],
] as const;

/** One theme's tokens with their values as the browser computes them from the kit's CSS. */
function TokenTable({ theme }: { theme: 'light' | 'dark' }) {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => {
    const style = ref.current && getComputedStyle(ref.current);
    if (style) setValues(Object.fromEntries(TOKENS.map(([name]) => [name, style.getPropertyValue(name).trim()])));
  }, []);
  return (
    <div ref={ref} className="theme-tokens" data-raek-theme={theme}>
      <table>
        <caption>{theme === 'light' ? 'Light' : 'Dark'}</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Used for</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {TOKENS.map(([name, use]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{use}</td>
              <td>
                <span className="theme-tokens__swatch" style={{ background: `var(${name})` }} aria-hidden="true" /> <code>{values[name] ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Both themes side by side (stacked on a narrow screen). */
export function ThemeTokens() {
  return (
    <div className="theme-tokens__pair sb-unstyled">
      <TokenTable theme="light" />
      <TokenTable theme="dark" />
    </div>
  );
}
