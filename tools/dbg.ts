import { readFileSync } from 'node:fs';
import { advance, createSimulation, parseScenario } from '../engine/index.ts';
const id = process.argv[2] ?? 'npm-typisch';
const seed = Number(process.argv[3] ?? 1);
const raw = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'));
const patch = process.argv[4] ? JSON.parse(process.argv[4]) : {};
for (const m of raw.municipalities) m.decisions = { ...m.decisions, ...patch };
const r = parseScenario(raw);
if (!r.ok) throw new Error(JSON.stringify(r.issues));
const st = createSimulation(r.scenario, seed);
for (let y = -3; y < 10; y++) {
  advance(st, 52);
  const byType = [0, 0, 0, 0, 0].map(() => ({ fte: 0, slots: 0, busy: 0, wait: 0, beds: 0, q: 0, k: 0, res: 0 }));
  for (const pr of st.providers) {
    if (pr.bankrupt) continue;
    const b = byType[pr.type];
    b.fte += pr.fteTarget - pr.vacancies;
    b.slots += st.pools.capacity[pr.pool];
    b.busy += st.pools.busy[pr.pool];
    b.wait += st.pools.waiting[pr.pool];
    b.beds += pr.beds;
    b.q += pr.quality;
    b.k++;
    b.res += pr.reserves;
  }
  const lt = st.municipalities
    .slice(0, 3)
    .map(
      (m) =>
        `LT fte${m.localTeam.fteFunded.toFixed(1)} cap${st.pools.capacity[m.localTeam.pool]} busy${st.pools.busy[m.localTeam.pool]} w${st.pools.waiting[m.localTeam.pool]} tr${m.trust.toFixed(2)} adm${m.adminShare.toFixed(2)}`,
    )
    .join(' ');
  console.log(
    `y${y}`,
    byType
      .slice(1)
      .map(
        (b, t) =>
          `t${t + 1}:n${b.k} fte${b.fte.toFixed(0)} sl${b.slots} bu${b.busy} w${b.wait} bd${b.beds} q${(b.q / b.k).toFixed(2)} R${(b.res / 1e6).toFixed(1)}`,
      )
      .join(' | '),
    lt,
  );
}
