import { describe, expect, it } from '@jest/globals';
import { redactUrl } from './log-redaction.js';

const SECRET = 'rexcal_Q2FsZW5kYXJTZWNyZXRUb2tlbjEyMzQ1';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('URLs as they are logged', () => {
  it.each([
    [`/api/calendar/${SECRET}.ics`, '/api/calendar/[redacted]'],
    [`/api/calendar/${SECRET}`, '/api/calendar/[redacted]'],
    [`/api/calendar/${SECRET}.ics?x=1`, '/api/calendar/[redacted]?x=1'],
    ['/api/calendar/anything-at-all', '/api/calendar/[redacted]'],
    [`/API/%63alendar/${SECRET}`, '/api/calendar/[redacted]'],
    [`/api//calendar/${SECRET}`, '/api/calendar/[redacted]'],
    [`/somewhere/${SECRET}/else`, '/somewhere/[redacted]/else'],
    ['/api/auth/callback?code=abc123&state=xyz', '/api/auth/callback?code=[redacted]&state=xyz'],
    [
      '/api/x?token=t0ken&access_token=a&refresh-token=r&ID_TOKEN=i',
      '/api/x?token=[redacted]&access_token=[redacted]&refresh-token=[redacted]&ID_TOKEN=[redacted]',
    ],
    [
      '/api/x?api_key=k&apikey=k&key=k&signature=s&sig=s&password=p&secret=s',
      '/api/x?api_key=[redacted]&apikey=[redacted]&key=[redacted]&signature=[redacted]&sig=[redacted]&password=[redacted]&secret=[redacted]',
    ],
    ['/api/x?%74oken=t0ken', '/api/x?%74oken=[redacted]'],
    [`/api/x?next=${JWT}`, '/api/x?next=[redacted]'],
    [`/api/x?next=${encodeURIComponent(`/api/calendar/${SECRET}`)}`, '/api/x?next=[redacted]'],
    ['/api/x?token', '/api/x?token'],
    ['/api/milestones?sort=["dueDate","ASC"]&range=[0,24]', '/api/milestones?sort=["dueDate","ASC"]&range=[0,24]'],
    [
      '/api/milestones/1b1c?filter=%7B%22q%22%3A%22erasmus%22%7D',
      '/api/milestones/1b1c?filter=%7B%22q%22%3A%22erasmus%22%7D',
    ],
    ['/api/x?token=%E0%A4%A', '/api/x?token=[redacted]'],
    ['/api/%E0%A4%A', '/api/%E0%A4%A'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('never keeps a feed secret or a JWT, wherever it is', () => {
    for (const url of [
      `/api/calendar/${SECRET}.ics`,
      `/x?a=${SECRET}`,
      `/x?${SECRET}=1`,
      `/x/${JWT}`,
      `/x?a=b&c=${encodeURIComponent(JWT)}`,
    ]) {
      const logged = redactUrl(url);
      expect(logged).not.toContain(SECRET);
      expect(logged).not.toContain(JWT.split('.')[0]);
    }
  });
});
