import { DURATIONS } from './scheduling-format';
import { agendaHtml, MEETING_TEMPLATES, subjectFor } from './meeting-templates';
import { ana, ben } from './test-scheduling';

describe('agendaHtml', () => {
  it.each([
    ['', ''],
    ['Hello', '<p>Hello</p>'],
    ['Intro\n- one\n- two\n\nClose', '<p>Intro</p><ul><li>one</li><li>two</li></ul><p>Close</p>'],
    ['- only\r\n- items', '<ul><li>only</li><li>items</li></ul>'],
    ['<script>alert("x")</script>', '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>'],
    ["- Tom & Jerry's <b>", '<ul><li>Tom &amp; Jerry&#39;s &lt;b&gt;</li></ul>'],
    ['-not a bullet', '<p>-not a bullet</p>'],
  ])('turns %j into %j', (text, html) => {
    expect(agendaHtml(text)).toBe(html);
  });
});

describe('MEETING_TEMPLATES', () => {
  it.each(Object.values(MEETING_TEMPLATES))('%o lasts a length the screen offers', (template) => {
    expect(DURATIONS).toContain(template.durationMinutes);
  });
});

describe('subjectFor', () => {
  it.each([
    [[ana], 'Performance review with Ana Lima'],
    [[ana, ben], 'Performance review'],
    [[], 'Performance review'],
  ])('names the one attendee only (%#)', (people, subject) => {
    expect(subjectFor(MEETING_TEMPLATES.review, people)).toBe(subject);
  });
});
