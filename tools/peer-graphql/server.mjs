// The peer: @neo4j/graphql over Apparatus's store, served by Apollo Server, as a GraphQL user
// would set it up (docs/performance.md, "Against @neo4j/graphql"). Connects to a running Neo4j
// (Apparatus's embedded one) over Bolt; every request is translated to one Cypher statement.
//   node server.mjs --port 4000 --bolt bolt://127.0.0.1:7687 --password-file STORE/bolt-password
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const port = Number(args.port ?? 4000);
const bolt = args.bolt ?? "bolt://127.0.0.1:7687";
const password = args["password-file"] ? readFileSync(args["password-file"], "utf8").trim() : args.password;

const typeDefs = readFileSync(fileURLToPath(new URL("./type-defs.graphql", import.meta.url)), "utf8");
const driver = neo4j.driver(bolt, neo4j.auth.basic("neo4j", password));
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`peer ready at ${url} (pid ${process.pid})`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
