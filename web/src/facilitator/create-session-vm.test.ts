import { describe, expect, it } from 'vitest';
import { createSessionBody, defaultCreateForm, readScenarioFile, teamCount } from './create-session-vm.ts';

describe('create form with a scenario file', () => {
  it('sends the file instead of the preset and counts teams from its municipalities', () => {
    const read = readScenarioFile('s.json', '\uFEFF{"id":"s","municipalities":[{},{},{}]}');
    if (!read.ok) throw new Error('readable');
    const form = { ...defaultCreateForm('nl'), scenarioFile: read.file, municipalities: 5 };
    expect(teamCount(form)).toBe(3);
    expect(createSessionBody(form).scenario).toEqual({ id: 's', municipalities: [{}, {}, {}] });
    expect(createSessionBody({ ...form, scenarioFile: null }).scenario).toBe('regio-veenland');
  });
});
