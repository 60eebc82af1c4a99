import { messageText } from './message-text.js';

describe('messageText', () => {
  it.each<[string, string, string]>([
    [
      'a Teams mention, as in the documented message payload',
      '<div><div><at id="0">Testing outgoing Webhook-Nikitha</at> - Hi</div>\n</div>',
      'Testing outgoing Webhook-Nikitha - Hi',
    ],
    ['paragraphs and breaks', '<p>First</p><p>Second<br>line</p>', 'First\nSecond\nline'],
    [
      'entities',
      'Fish &amp; chips &lt;3 &#39;ok&#x27; &nbsp;&quot;x&quot;',
      'Fish & chips <3 \'ok\' "x"',
    ],
    ['unknown or invalid entities', '&bogus; &#0; &#xD800; &#128512;', '&bogus; \uFFFD \uFFFD 😀'],
    [
      'emoji and images by their alt text',
      'Great <emoji id="1f44d" alt="👍" title=""></emoji> <img alt="chart">',
      'Great 👍 chart',
    ],
    ['scripts and styles left out', 'a<script>alert("x")</script>b<style>p{}</style>c', 'abc'],
    ['an unclosed tag kept as text', 'a <b>bold</b> < c', 'a bold < c'],
    ['runs of blank lines made one', '<p>a</p><p></p><p></p><p>b</p>', 'a\n\nb'],
  ])('html: %s', (_case, html, text) => {
    expect(messageText(html, 'html')).toBe(text);
  });

  it('takes any other content type as text, markup included', () => {
    expect(messageText('  <b>not bold</b>\r\n\r\n\r\nnext  ', 'text')).toBe(
      '<b>not bold</b>\n\nnext',
    );
    expect(messageText('plain', undefined)).toBe('plain');
  });

  // A quadratic reader would take minutes on these (jest's timeout fails it); linear, milliseconds.
  it.each([
    ['many unclosed scripts', '<script>'.repeat(25_000), ''],
    ['many lone brackets', '<'.repeat(200_000), '<'.repeat(200_000)],
    ['many tags', '<b>x</b>'.repeat(25_000), 'x'.repeat(25_000)],
  ])('reads hostile markup (%s) in one pass', (_case, html, text) => {
    expect(messageText(html, 'html')).toBe(text);
  });
});
