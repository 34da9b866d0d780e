// Statements and db hits per request, both sides, for one argument of each query: the peer's Cypher
// (captured from @neo4j/graphql in this process, with its parameters) and the Cypher files Apparatus's
// data fetchers run for the same request (cypher/queries/, as the controllers call them), each run
// with PROFILE over Bolt. Run by compare.sh after the measurement.
//   node profile.mjs --bolt URI --password-file FILE --as-of 2025-02-28 --agency CODE --chain CODE --unit CODE
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { graphql } from "graphql";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const asOf = args["as-of"] ?? "2025-02-28";
const day = neo4j.types.Date.fromStandardDate(new Date(`${asOf}T00:00:00Z`));
const driver = neo4j.driver(args.bolt, neo4j.auth.basic("neo4j", readFileSync(args["password-file"], "utf8").trim()));

const dbHits = (plan) => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0);
async function profile(query, params) {
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${query.replace(/^CYPHER 5\s*/, "")}`, params);
    return { rows: result.records, hits: dbHits(result.summary.profile) };
  } finally {
    await session.close();
  }
}

// ---- the peer: the one statement @neo4j/graphql sends for each request ----
const typeDefs = readFileSync(here("./type-defs.graphql"), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
async function peerStatements(name, variables) {
  const captured = [];
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  const capturing = { run: (query, params) => (captured.push({ query, params }), session.run(query, params)) };
  try {
    const result = await graphql({
      schema,
      source: readFileSync(here(`./queries/peer/${name}.graphql`), "utf8"),
      variableValues: variables,
      contextValue: { executionContext: capturing },
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  } finally {
    await session.close();
  }
  return captured;
}

// ---- Apparatus: the Cypher files its data fetchers run, in order, each batch keyed by the last ----
const file = (name) => readFileSync(here(`../../cypher/queries/${name}.cypher`), "utf8");
const column = (rows, key) => [...new Set(rows.map((r) => r.get(key)))];
async function apparatusStatements(name, argument) {
  const steps = [];
  const step = async (cypherFile, params) => {
    const { rows, hits } = await profile(file(cypherFile), params);
    steps.push({ cypherFile, hits, rows: rows.length });
    return rows;
  };
  if (name === "agency") {
    await step("agencies-by-code", { codes: [argument], asOf: day });
    const responsibilities = await step("agency-responsibilities", { codes: [argument], asOf: day });
    await step("functions-by-code", { codes: column(responsibilities, "function"), asOf: day });
    await step("responsibility-grants", { codes: column(responsibilities, "responsibility"), asOf: day });
  } else if (name === "superiors") {
    await step("agencies-by-code", { codes: [argument], asOf: day });
    const first = await step("agency-superiors", { codes: [argument], asOf: day });
    await step("agency-superiors", { codes: first.map((r) => r.get("agency").properties.code), asOf: day });
  } else if (name === "unit-agencies") {
    const page = await step("agencies-page", {
      unit: argument, includeSubunits: false, sector: null, kind: null, status: null,
      after: null, before: null, limit: neo4j.int(21), descending: false, asOf: day,
    });
    const codes = page.filter((r) => r.get("a") !== null).slice(0, 20).map((r) => r.get("a").properties.code);
    const responsibilities = await step("agency-responsibilities", { codes, asOf: day });
    await step("functions-by-code", { codes: column(responsibilities, "function"), asOf: day });
  }
  return steps;
}

const cases = [
  { name: "agency", argument: args.agency, variables: { code: args.agency, asOf } },
  { name: "superiors", argument: args.chain, variables: { code: args.chain, asOf } },
  { name: "unit-agencies", argument: args.unit, variables: { unit: args.unit, asOf } },
];
const lines = ["", "PROFILE, one request each (db hits summed over the plan's operators):", "",
  "| query | argument | Apparatus: statements, db hits | peer: statements, db hits |", "|---|---|---|---|"];
try {
  for (const c of cases) {
    const apparatus = await apparatusStatements(c.name, c.argument);
    const peer = [];
    // the peer checks the database's version once, on its first request (CALL dbms.components()): not counted
    const statements = (await peerStatements(c.name, c.variables)).filter((s) => !s.query.includes("dbms.components"));
    for (const s of statements) peer.push((await profile(s.query, s.params)).hits);
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    lines.push(`| ${c.name} | ${c.argument} | ${apparatus.length}: ${sum(apparatus.map((s) => s.hits))} ` +
      `(${apparatus.map((s) => `${s.cypherFile} ${s.hits}`).join(", ")}) | ${peer.length}: ${sum(peer)} |`);
  }
} finally {
  await driver.close();
}
console.log(lines.join("\n"));
