/** A verdict badge's tone (issue 12): given by the scale, or guessed from the rating's place on it. */
import { describe, expect, it } from 'vitest';
import { type Verdict, defaultVerdicts, verdictTone } from '../../src/model/index.ts';

const tones = (scale: readonly Verdict[]) => Object.fromEntries(scale.map((verdict) => [verdict.id, verdictTone(scale, verdict.id)]));

describe('verdictTone', () => {
  it('gives each verdict of the default scale its meaning', () => {
    expect(tones(defaultVerdicts)).toEqual({
      unverified: 'unknown',
      true: 'true',
      'mostly-true': 'true',
      mixed: 'mixed',
      'mostly-false': 'false',
      false: 'false',
      misleading: 'false',
      unsupported: 'unknown',
    });
  });

  it('guesses for a scale without tones from where each rating stands between the worst and the best', () => {
    const scale: Verdict[] = [
      { id: 'correct', label: 'Correct', description: '' },
      { id: 'partly', label: 'Partly', description: '' },
      { id: 'wrong', label: 'Wrong', description: '' },
      { id: 'satire', label: 'Satire', description: '', rating: null },
    ];
    expect(tones(scale)).toEqual({ correct: 'true', partly: 'mixed', wrong: 'false', satire: 'unknown' });
    // numbers the site gave: 9 of 1 to 10 is near the best
    const rated: Verdict[] = [
      { id: 'a', label: 'A', description: '', rating: 10 },
      { id: 'b', label: 'B', description: '', rating: 9 },
      { id: 'c', label: 'C', description: '', rating: 1 },
    ];
    expect(tones(rated)).toEqual({ a: 'true', b: 'true', c: 'false' });
  });

  it('keeps a tone the scale gives, and says unknown for a verdict not on the scale', () => {
    const scale: Verdict[] = [
      { id: 'correct', label: 'Correct', description: '', tone: 'mixed' },
      { id: 'wrong', label: 'Wrong', description: '' },
    ];
    expect(verdictTone(scale, 'correct')).toBe('mixed');
    expect(verdictTone(scale, 'nowhere')).toBe('unknown');
  });
});
