/** Spec, --exercises, roster and answers-file parsing: what is accepted, and one-line errors naming file/field/value. */
import { describe, expect, it } from 'vitest';
import { defaultSpec, parseExercisesFlag, parseSpec } from '../../generator/worksheet/spec.js';
import { countRoster, parseCsv, parseRoster } from '../../generator/worksheet/roster.js';
import { parseWorksheetAnswers } from '../../generator/worksheet/answers.js';
import { questionSeed } from '../../generator/worksheet/sheet.js';
import { exercises } from '../../exercises/index.js';

describe('spec', () => {
  it('accepts exercise ids, options, params and points; fills option defaults', () => {
    const s = parseSpec({ title: 'W3', seed: 7, lang: 'ja', questions: ['one-hot', { exercise: 'one-hot', options: { classes: 4 }, points: 3 }] }, 'w3.yaml');
    expect(s.questions[0]).toEqual({ exercise: 'one-hot', options: { classes: '10' } });
    expect(s.questions[1]).toEqual({ exercise: 'one-hot', options: { classes: '4' }, points: 3 });
    expect(s.lang).toBe('ja');
  });
  it.each([
    [{ questions: [] }, /w\.yaml: questions should be a non-empty list/],
    [{ questions: ['nope'] }, /w\.yaml: questions\[0\]\.exercise: unknown exercise "nope"/],
    [{ questions: [{ exercise: 'one-hot', pts: 1 }] }, /w\.yaml: questions\[0\] has unknown field "pts"/],
    [{ questions: [{ exercise: 'one-hot', options: { colour: 'red' } }] }, /w\.yaml: questions\[0\]: one-hot: unknown option "colour"/],
    [{ questions: [{ exercise: 'one-hot', params: { classes: 3 } }] }, /w\.yaml: questions\[0\]\.params: one-hot: label should be/],
    [{ questions: ['one-hot'], seed: -1 }, /w\.yaml: seed should be an integer/],
    [{ questions: ['one-hot'], lang: 'fr' }, /w\.yaml: lang should be en or ja, got "fr"/],
    [{ questions: ['one-hot'], titel: 'x' }, /w\.yaml: unknown field "titel"/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSpec(raw, 'w.yaml')).toThrow(message);
  });
  it('parses --exercises with options after a colon, ; or trailing k=v items', () => {
    const s = parseExercisesFlag('one-hot:classes=4,one-hot,classes=5');
    expect(s.questions.map((q) => q.options.classes)).toEqual(['4', '5']);
    expect(() => parseExercisesFlag('classes=4')).toThrow(/comes before any exercise/);
    expect(() => parseExercisesFlag('one-hot:classes')).toThrow(/key=value/);
  });
  it('default spec: one question per registered exercise, in order', () => {
    expect(defaultSpec().questions.map((q) => q.exercise)).toEqual(exercises.map((e) => e.id));
  });
  it('derives seeds from assignment seed, student and question', () => {
    expect(questionSeed(1, 'a', 0)).toBe(questionSeed(1, 'a', 0));
    expect(new Set([questionSeed(1, 'a', 0), questionSeed(1, 'b', 0), questionSeed(1, 'a', 1), questionSeed(2, 'a', 0)]).size).toBe(4);
  });
});

describe('roster', () => {
  it('reads quoted fields, CRLF, BOM and other columns', () => {
    const r = parseRoster('\uFEFFemail,Student ID,Name\r\nx@y,A01,"Higa, ""Yui"""\r\n\r\nz@y,A02,\r\n', 'r.csv');
    expect(r).toEqual([{ id: 'A01', name: 'Higa, "Yui"' }, { id: 'A02', name: 'A02' }]);
  });
  it('accepts Japanese headers', () => {
    expect(parseRoster('学籍番号,氏名\n21A001,比嘉 結衣\n', 'r.csv')).toEqual([{ id: '21A001', name: '比嘉 結衣' }]);
  });
  it.each([
    ['name\nYui\n', /r\.csv: line 1 should be a header with an id and a name column/],
    ['id,name\n../x,Yui\n', /r\.csv: line 2: id should be .* got "\.\.\/x"/],
    ['id,name\nA1,Yui\nA1,Ren\n', /r\.csv: line 3: id "A1" already used on line 2/],
    ['id,name\n', /r\.csv: no students/],
    ['id,name\nA1,"Yui\n', /r\.csv: unterminated quoted field/],
  ])('rejects %j', (text, message) => {
    expect(() => parseRoster(text, 'r.csv')).toThrow(message);
  });
  it('--count makes anonymous ids', () => {
    expect(countRoster(2).map((s) => s.id)).toEqual(['s001', 's002']);
    expect(() => countRoster(0)).toThrow(/--count should be an integer from 1/);
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('answers file', () => {
  it('accepts nested and dotted keys, and blank questions', () => {
    expect(parseWorksheetAnswers({ q1: { z: 1 }, 'q1.a': 0.8, q2: null }, 'a.yaml')).toEqual({ q1: { z: 1, a: 0.8 }, q2: {} });
    expect(parseWorksheetAnswers(null, 'a.yaml')).toEqual({});
  });
  it('rejects a question that is not a map', () => {
    expect(() => parseWorksheetAnswers({ q1: 3 }, 'a.yaml')).toThrow(/a\.yaml: q1 should be a map of part to answer/);
    expect(() => parseWorksheetAnswers([1], 'a.yaml')).toThrow(/a\.yaml: should be a map/);
  });
});
