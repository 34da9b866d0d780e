// The client side of compare.sh: sends the same logical queries to Apparatus and to the peer,
// interleaved in rounds, and measures each server process's CPU (utime + stime from
// /proc/PID/stat) per request. Run by compare.sh, which starts both servers; see its header.
//
//   node compare.mjs --apparatus URL --apparatus-pid PID --peer URL --peer-pid PID
//                    --bolt URI --password-file FILE [--as-of 2025-02-28] [--requests 300]
//                    [--warmup 300] [--rounds 5] [--concurrency 2] [--samples 40] [--out FILE]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execSync } from "node:child_process";
import neo4j from "neo4j-driver";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const opt = {
  apparatus: args.apparatus,
  apparatusPid: Number(args["apparatus-pid"]),
  peer: args.peer,
  peerPid: Number(args["peer-pid"]),
  bolt: args.bolt,
  password: readFileSync(args["password-file"], "utf8").trim(),
  asOf: args["as-of"] ?? "2025-02-28",
  requests: Number(args.requests ?? 300),
  warmup: Number(args.warmup ?? 300),
  rounds: Number(args.rounds ?? 5),
  concurrency: Number(args.concurrency ?? 2),
  samples: Number(args.samples ?? 40),
  out: args.out,
  user: args.user ?? "viewer:viewer",
};
const CLK_TCK = Number(execSync("getconf CLK_TCK").toString().trim());
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const doc = (side, name) => readFileSync(here(`./queries/${side}/${name}.graphql`), "utf8");

// ---- CPU of a process: utime + stime of all its threads, in ms ----
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields[0] is field 3 (state)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}
const cpuBoth = () => ({ jvm: cpuMs(opt.apparatusPid), node: cpuMs(opt.peerPid), at: performance.now() });

// ---- arguments drawn from the store, the same for both sides ----
async function sampleArguments() {
  const driver = neo4j.driver(opt.bolt, neo4j.auth.basic("neo4j", opt.password));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const day = neo4j.types.Date.fromStandardDate(new Date(`${opt.asOf}T00:00:00Z`));
  const spread = (rows) => {
    const step = Math.max(1, Math.floor(rows.length / opt.samples));
    return rows.filter((_, i) => i % step === 0).slice(0, opt.samples);
  };
  try {
    // agencies existing on the day that hold at least one responsibility on it
    const agencies = await session.run(
      `MATCH (p:AgencyPeriod)-[:PERIOD_OF]->(a:Agency)
       WHERE p.validFrom <= $day < p.validTo
         AND EXISTS { (a)-[:HOLDS]->(r:Responsibility) WHERE r.validFrom <= $day < r.validTo }
       RETURN a.code AS code ORDER BY code`, { day });
    // agencies with a superior that has a superior on the day
    const chains = await session.run(
      `MATCH (p:AgencyPeriod)-[:PERIOD_OF]->(a:Agency)-[l1:REPORTS_TO]->(:Agency)-[l2:REPORTS_TO]->(:Agency)
       WHERE p.validFrom <= $day < p.validTo AND l1.validFrom <= $day < l1.validTo AND l2.validFrom <= $day < l2.validTo
       RETURN DISTINCT a.code AS code ORDER BY code`, { day });
    // units served by at least 20 agencies on the day
    const units = await session.run(
      `MATCH (p:AgencyPeriod)-[:LOCATED_IN]->(u:AdminUnit)
       WHERE p.validFrom <= $day < p.validTo
       WITH u, count(p) AS agencies WHERE agencies >= 20
       RETURN u.code AS code ORDER BY code`, { day });
    const codes = (result) => result.records.map((r) => r.get("code"));
    return { agency: spread(codes(agencies)), superiors: spread(codes(chains)), "unit-agencies": spread(codes(units)) };
  } finally {
    await session.close();
    await driver.close();
  }
}

// ---- the queries: the same logical request on both sides, and how to compare their answers ----
const sorted = (list, key) => [...list].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
const QUERIES = [
  {
    name: "agency",
    title: "(a) one agency with its responsibilities, functions and granting mandates",
    variables: (code) => ({ code, asOf: opt.asOf }),
    apparatusAnswer: (d) => d.agency && {
      code: d.agency.code,
      name: d.agency.name,
      responsibilities: sorted(d.agency.responsibilities.map((r) => JSON.stringify({
        role: r.role, function: r.function, mandates: sorted(r.grants.map((g) => g.mandate), (m) => m.code),
      })), (s) => s),
    },
    peerAnswer: (d) => d.agencies[0] && d.agencies[0].periods[0] && {
      code: d.agencies[0].code,
      name: d.agencies[0].periods[0].name,
      responsibilities: sorted(d.agencies[0].responsibilities.map((r) => JSON.stringify({
        role: r.role, function: r.function[0], mandates: sorted(r.mandates, (m) => m.code),
      })), (s) => s),
    },
  },
  {
    name: "superiors",
    title: "(b) an agency's superiors two levels up",
    variables: (code) => ({ code, asOf: opt.asOf }),
    apparatusAnswer: (d) => d.agency && (function level(a, depth) {
      return { code: a.code, name: a.name, superiors: depth === 0 ? [] : sorted(a.superiors.map((s) => JSON.stringify({ line: s.line, agency: level(s.agency, depth - 1) })), (s) => s) };
    })(d.agency, 2),
    peerAnswer: (d) => d.agencies[0] && (function level(a, depth) {
      return { code: a.code, name: a.periods[0]?.name, superiors: depth === 0 ? [] : sorted(a.superiorsConnection.edges.map((e) => JSON.stringify({ line: e.properties.line, agency: level(e.node, depth - 1) })), (s) => s) };
    })(d.agencies[0], 2),
  },
  {
    name: "unit-agencies",
    title: "(c) a unit's first 20 agencies with their functions",
    variables: (unit) => ({ unit, asOf: opt.asOf }),
    apparatusAnswer: (d) => d.agencies.edges.map(({ node }) => ({
      code: node.code, name: node.name,
      responsibilities: sorted(node.responsibilities.map((r) => JSON.stringify({ role: r.role, function: r.function })), (s) => s),
    })),
    peerAnswer: (d) => d.agencyPeriods.map((p) => ({
      code: p.code, name: p.name,
      responsibilities: sorted(p.agency[0].responsibilities.map((r) => JSON.stringify({ role: r.role, function: r.function[0] })), (s) => s),
    })),
  },
  {
    name: "typename",
    title: "{ __typename }",
    variables: () => ({}),
    apparatusAnswer: () => "ok",
    peerAnswer: () => "ok",
  },
];

// ---- HTTP ----
const SIDES = {
  apparatus: { url: () => opt.apparatus, headers: () => ({ authorization: `Basic ${Buffer.from(opt.user).toString("base64")}` }) },
  peer: { url: () => opt.peer, headers: () => ({}) },
};
async function post(side, query, variables) {
  const response = await fetch(SIDES[side].url(), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...SIDES[side].headers() },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${side}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`${side}: HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

// n requests, `concurrency` at a time, arguments taken in turn from the samples
async function run(side, query, samples, n) {
  const document = doc(side, query.name);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await post(side, document, query.variables(samples[i % samples.length]));
    }
  };
  await Promise.all(Array.from({ length: opt.concurrency }, worker));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "—");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- main ----
const samples = await sampleArguments();
samples.typename = [null];
for (const q of QUERIES) {
  if (samples[q.name].length === 0) throw new Error(`no arguments for ${q.name} in the store on ${opt.asOf}`);
}
console.log(`as of ${opt.asOf}: ${samples.agency.length} agencies, ${samples.superiors.length} agencies with two levels of superiors, ` +
  `${samples["unit-agencies"].length} units with 20 agencies or more drawn from the store`);

// The same data on both sides: every sample's answer, compared field by field.
let mismatches = 0;
for (const q of QUERIES) {
  for (const sample of samples[q.name]) {
    const a = q.apparatusAnswer(await post("apparatus", doc("apparatus", q.name), q.variables(sample)));
    const p = q.peerAnswer(await post("peer", doc("peer", q.name), q.variables(sample)));
    if (JSON.stringify(a) !== JSON.stringify(p)) {
      mismatches++;
      if (mismatches <= 3) {
        console.log(`answers differ for ${q.name}(${sample}):\n  apparatus ${JSON.stringify(a).slice(0, 600)}\n  peer      ${JSON.stringify(p).slice(0, 600)}`);
      }
    }
  }
}
console.log(mismatches === 0 ? "same answers on both sides for every sample" : `${mismatches} samples answered differently`);

console.log(`warm-up: ${opt.warmup} requests per query and side`);
for (const q of QUERIES) {
  for (const side of ["apparatus", "peer"]) await run(side, q, samples[q.name], opt.warmup);
}

// idle CPU of both processes (background threads, GC, timers), to read the figures against
await sleep(1000);
const idleStart = cpuBoth();
await sleep(5000);
const idleEnd = cpuBoth();
const idleSeconds = (idleEnd.at - idleStart.at) / 1000;
const idle = { jvm: (idleEnd.jvm - idleStart.jvm) / idleSeconds, node: (idleEnd.node - idleStart.node) / idleSeconds };
console.log(`idle: Apparatus JVM ${fmt(idle.jvm, 1)} ms CPU/s, peer node ${fmt(idle.node, 1)} ms CPU/s (${CLK_TCK} ticks/s)`);

const measurements = [];
const idlePerRound = [];
for (let round = 1; round <= opt.rounds; round++) {
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  // the JVM's CPU while nothing is sent (Neo4j's and the JVM's background threads), 2 s per round
  const quietStart = cpuBoth();
  await sleep(2000);
  const quietEnd = cpuBoth();
  const quiet = (quietEnd.jvm - quietStart.jvm) / ((quietEnd.at - quietStart.at) / 1000);
  idlePerRound.push(quiet);
  console.log(`round ${round}: Apparatus JVM idle ${fmt(quiet, 1)} ms CPU/s`);
  for (const q of QUERIES) {
    const order = round % 2 ? ["apparatus", "peer"] : ["peer", "apparatus"];
    for (const side of order) {
      const before = cpuBoth();
      await run(side, q, samples[q.name], opt.requests);
      const after = cpuBoth();
      const m = {
        round, load, query: q.name, side, requests: opt.requests,
        wallMs: after.at - before.at,
        jvmMsPerRequest: (after.jvm - before.jvm) / opt.requests,
        nodeMsPerRequest: (after.node - before.node) / opt.requests,
      };
      measurements.push(m);
      console.log(`round ${round} (load ${load}) ${q.name.padEnd(13)} ${side.padEnd(9)} ` +
        `JVM ${fmt(m.jvmMsPerRequest)} ms, node ${fmt(m.nodeMsPerRequest)} ms CPU/request, ${fmt(opt.requests / (m.wallMs / 1000), 0)} requests/s`);
    }
  }
}

// ---- the table ----
const rows = QUERIES.map((q) => {
  const of = (side) => measurements.filter((m) => m.query === q.name && m.side === side);
  const app = of("apparatus").map((m) => m.jvmMsPerRequest);
  const peerNode = of("peer").map((m) => m.nodeMsPerRequest);
  const peerDb = of("peer").map((m) => m.jvmMsPerRequest);
  const peerTotal = of("peer").map((m) => m.nodeMsPerRequest + m.jvmMsPerRequest);
  const ratios = of("apparatus").map((m, i) => m.jvmMsPerRequest / peerTotal[i]);
  const range = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
  return { query: q.name, title: q.title, app, peerNode, peerDb, peerTotal, ratios, range, median };
});
const table = [
  "",
  `CPU per request, ms (median of ${opt.rounds} rounds, min–max in brackets); ${opt.requests} requests per query, side and round, ` +
    `${opt.concurrency} at a time; as of ${opt.asOf}`,
  "",
  "| query | Apparatus (JVM) | peer: node | peer: database (Apparatus's JVM) | peer: node + database | Apparatus / peer |",
  "|---|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.title} | ${fmt(r.median(r.app))} (${r.range(r.app)}) | ${fmt(r.median(r.peerNode))} (${r.range(r.peerNode)}) | ` +
    `${fmt(r.median(r.peerDb))} (${r.range(r.peerDb)}) | ${fmt(r.median(r.peerTotal))} (${r.range(r.peerTotal)}) | ` +
    `${fmt(r.median(r.ratios))} (${r.range(r.ratios)}) |`),
  "",
  `Idle CPU while nothing was sent: Apparatus JVM ${fmt(idle.jvm, 1)} ms/s after the warm-up, ` +
    `${fmt(Math.min(...idlePerRound), 1)}–${fmt(Math.max(...idlePerRound), 1)} ms/s before each round; ` +
    `peer node ${fmt(idle.node, 1)} ms/s (included above, not subtracted: a side's figure holds its server's ` +
    `background work during its run, the JVM's for both sides).`,
];
console.log(table.join("\n"));
if (opt.out) {
  writeFileSync(opt.out, JSON.stringify({ options: { ...opt, password: undefined }, idle, idlePerRound, samples, mismatches, measurements, table }, null, 2));
}
