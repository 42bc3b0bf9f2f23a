import en from '../src/messages/locales/en.js';

/** The pseudo-locale's tag: BCP 47's private "XA" region, as Android and Chrome use for pseudo-localization. */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Å', C: 'Ç', D: 'Ð', E: 'É', I: 'Î', N: 'Ñ', O: 'Ö', S: 'Š', U: 'Û', Y: 'Ý', Z: 'Ž',
};

/**
 * Accents every letter and pads the text by about 40% (German and Finnish run that much longer
 * than English), in brackets so a clipped end is visible. `{placeholders}` stay untouched.
 */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding}]`;
}

/** The English catalog, pseudo-localized key by key. */
export function pseudoCatalog(): Record<string, string> {
  return Object.fromEntries(Object.entries(en).map(([key, text]) => [key, pseudoLocalize(text)]));
}
