import type { WorkingHours } from '../../contracts/person.js';
import { describeDays, describeWorkingHours, joinWords } from './describe-hours.js';

describe('describeDays', () => {
  it.each<[WorkingHours['days'], string]>([
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'Mon-Fri'],
    [['friday', 'monday', 'wednesday', 'tuesday', 'thursday'], 'Mon-Fri'],
    [['monday', 'wednesday', 'friday'], 'Mon, Wed, Fri'],
    [['monday', 'tuesday'], 'Mon, Tue'],
    [['monday', 'tuesday', 'wednesday', 'saturday', 'sunday'], 'Mon-Wed, Sat, Sun'],
    [['sunday'], 'Sun'],
    [[], 'no days'],
  ])('%j is %s', (days, expected) => {
    expect(describeDays(days)).toBe(expected);
  });
});

describe('describeWorkingHours', () => {
  it('gives days, times and zone', () => {
    const hours: WorkingHours = {
      days: ['monday', 'tuesday', 'wednesday', 'thursday'],
      startTime: '09:30',
      endTime: '18:00',
      timeZone: 'Asia/Kolkata',
    };
    expect(describeWorkingHours(hours)).toBe('Mon-Thu 09:30-18:00 Asia/Kolkata');
  });
});

describe('joinWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j is "%s"', (words, expected) => {
    expect(joinWords(words)).toBe(expected);
  });
});
