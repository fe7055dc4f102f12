// Validate prometheus-operator custom resources (ServiceMonitor, PrometheusRule) against the
// schemas of the npm package @kubernetes-models/prometheus-operator, generated from the
// operator's API types. Kubernetes' own schemas do not cover CRDs, hence this second validator.
//
//   node deploy/scripts/validate-crs.mjs <node_modules dir> < objects.json
//
// stdin: a JSON array of objects. Prints one line per problem; exits 1 if there is any.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.argv[2];
const kinds = {
  "monitoring.coreos.com/v1/ServiceMonitor": "monitoring.coreos.com/v1/ServiceMonitor.js",
  "monitoring.coreos.com/v1/PrometheusRule": "monitoring.coreos.com/v1/PrometheusRule.js",
};
const objects = JSON.parse(readFileSync(0, "utf8"));
let problems = 0;
for (const object of objects) {
  const key = `${object.apiVersion}/${object.kind}`;
  const where = `${object.kind}/${object.metadata?.name}`;
  if (!(key in kinds)) {
    console.log(`${where}: no schema for ${key}`);
    problems += 1;
    continue;
  }
  const file = join(modules, "@kubernetes-models/prometheus-operator", kinds[key]);
  const module = await import(pathToFileURL(file).href);
  const Model = module[object.kind];
  try {
    new Model(object).validate();
    console.log(`${where}: valid`);
  } catch (err) {
    console.log(`${where}: ${err.message}`);
    problems += 1;
  }
}
process.exit(problems ? 1 : 0);
