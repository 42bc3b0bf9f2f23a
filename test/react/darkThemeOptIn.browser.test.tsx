import { describe, expect, it } from 'vitest';
import '../../src/styles.css';

/** Every style rule the kit's stylesheet applies only under prefers-color-scheme: dark. */
function darkOnlyRules(): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('prefers-color-scheme: dark')) continue;
      for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule && inner.style.getPropertyValue('--raek-bg') !== '') found.push(inner);
    }
  }
  return found;
}

describe('the dark theme', () => {
  it('is opt-in: the system preference alone never turns the kit dark', () => {
    const rules = darkOnlyRules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      // Each dark-only rule needs the app to have said so on an ancestor.
      const probe = document.createElement('div');
      document.body.append(probe);
      const matchesUnmarked = probe.matches(rule.selectorText) || document.documentElement.matches(rule.selectorText);
      probe.setAttribute('data-raek-theme', 'system');
      const matchesOptIn = probe.matches(rule.selectorText);
      probe.remove();
      expect(matchesUnmarked, rule.selectorText).toBe(false);
      expect(matchesOptIn, rule.selectorText).toBe(true);
    }
  });
});
