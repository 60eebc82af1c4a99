import { agendaHtml, escapeHtml } from './agenda-html.js';

describe('agendaHtml', () => {
  it('escapes anything a person typed', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;',
    );
    expect(agendaHtml({ agenda: '<script>bad()</script>' })).not.toContain('<script>');
  });

  it('lists agenda lines and names the review', () => {
    expect(agendaHtml({ agenda: 'Goals\n\n  Growth plan ', reviewId: 'r-1' })).toBe(
      '<p>Scheduled with Northstar.</p><p>Agenda:</p><ul><li>Goals</li><li>Growth plan</li></ul><p>Review: r-1</p>',
    );
  });
});
