import { readFileSync } from 'node:fs';
import { advanceYears, buildReport, createSimulation, parseScenario } from '../engine/index.ts';
const r = parseScenario(JSON.parse(readFileSync('scenarios/nederland.json', 'utf8')));
if (!r.ok) throw new Error('bad');
const st = createSimulation(r.scenario, 1);
advanceYears(st, 1);
const p = buildReport(st).municipalities.map((m) => m.years[0].prevalence).sort((a, b) => a - b);
const q = (f: number) => p[Math.round(f * (p.length - 1))];
console.log('municipal prevalence year 1: min', q(0), 'P5', q(0.05), 'median', q(0.5), 'P95', q(0.95), 'max', q(1), 'P95/P5', (q(0.95) / q(0.05)).toFixed(2));
