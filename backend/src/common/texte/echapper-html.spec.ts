import { echapperHtml } from './echapper-html';

describe('echapperHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(echapperHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
  it('prints numbers and nothing for null or undefined', () => {
    expect(echapperHtml(12.5)).toBe('12.5');
    expect(echapperHtml(null)).toBe('');
    expect(echapperHtml(undefined)).toBe('');
  });
});
