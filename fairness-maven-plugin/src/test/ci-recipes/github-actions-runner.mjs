// A stand-in for GitHub's hosted runner, for trying the GitHub Actions recipes on one machine. It is NOT GitHub:
// the workflow is validated by GitHub's own parser (@actions/workflow-parser) and its expressions are evaluated
// by GitHub's expression engine (@actions/expressions); then each job runs here, in the order of its `needs`,
// once per matrix combination, in a fresh clone of the repository, its `run:` steps by bash as the runner runs
// them (bash --noprofile --norc -eo pipefail) with the runner's variables (GITHUB_*, RUNNER_*, CI) and
// GITHUB_STEP_SUMMARY. The actions are stood in for: checkout clones the repository; setup-java checks the Java
// on the PATH; upload-artifact/download-artifact copy to and from a folder per run (v4's layout); `gh run list` /
// `gh run download` (GitHub's CLI) read that folder.
//
// node github-actions-runner.mjs <workflow.yml> <repository> <event> <run id> <work folder> <artifact store>
// Prints one line per job and step; writes <work folder>/report.json; exits 0 when every job succeeded.
import { register } from "node:module";
import { Lexer, Parser, Evaluator, data } from "@actions/expressions";
import { parse as parseYaml } from "yaml";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// the parser imports its JSON schema without an import attribute (it is written for bundlers); Node 20 wants one
register("data:text/javascript," + encodeURIComponent("export async function load(url, context, next) { return next(url, "
  + "url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context); }"));
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");

const [workflowFile, repository, eventName, runId, work, store] = process.argv.slice(2);
const content = fs.readFileSync(workflowFile, "utf8");

// 1. GitHub's parser: schema errors end the run as GitHub would refuse the workflow
const parsed = parseWorkflow({ name: path.basename(workflowFile), content }, new NoOperationTraceWriter());
const errors = parsed.context.errors.getErrors();
if (errors.length > 0 || !parsed.value) {
  console.log("INVALID workflow: " + errors.map(e => e.message).join("; "));
  process.exit(2);
}
const template = await convertWorkflowTemplate(parsed.context, parsed.value);
if (template.errors && template.errors.length > 0) {
  console.log("INVALID workflow: " + template.errors.map(e => e.Message || e.message).join("; "));
  process.exit(2);
}
console.log("VALID workflow " + path.basename(workflowFile) + ": jobs " + template.jobs.map(j => j.id.value ?? j.id).join(", "));

const workflow = parseYaml(content);
const sha = execFileSync("git", ["-C", repository, "rev-parse", "HEAD"]).toString().trim();
const branch = execFileSync("git", ["-C", repository, "rev-parse", "--abbrev-ref", "HEAD"]).toString().trim();
const github = {
  event_name: eventName, sha, run_id: runId, repository: "hospital/model-repo", token: "stand-in-token",
  ref: eventName === "pull_request" ? "refs/pull/1/merge" : "refs/heads/" + branch,
  ref_name: branch, event: { repository: { default_branch: "main" } }
};
const statusFunctions = ["success", "failure", "always", "cancelled"];

function evaluate(expression, context, jobStatus) {
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, Object.keys(context), statusFunctions.map(name => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
  const calls = new Map([
    ["success", () => jobStatus === "success"], ["failure", () => jobStatus === "failure"],
    ["always", () => true], ["cancelled", () => false]
  ].map(([name, f]) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(f()) }]));
  return new Evaluator(tree, JSON.parse(JSON.stringify(context), data.reviver), calls).evaluate();
}

const interpolate = (text, context, status) => String(text).replace(/\$\{\{(.*?)\}\}/gs,
  (_, expression) => evaluate(expression.trim(), context, status).coerceString());

function condition(step, context, status) {
  if (step.if === undefined) return status === "success";
  let expression = String(step.if).trim().replace(/^\$\{\{(.*)\}\}$/s, "$1");
  if (!statusFunctions.some(f => expression.includes(f + "("))) expression = "success() && (" + expression + ")";
  // !(!x) is the expression language's own truthiness of x, as a boolean
  return evaluate("!(!(" + expression + "))", context, status).value === true;
}

function matrixOf(job) {
  const matrix = job.strategy?.matrix;
  if (!matrix) return [null];
  let combinations = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    combinations = combinations.flatMap(c => values.map(v => ({ ...c, [key]: v })));
  }
  return combinations;
}

// the artifact store: <store>/runs.tsv lists runs (id, event, branch, conclusion); <store>/<run>/<name>/ holds files
fs.mkdirSync(path.join(store, runId), { recursive: true });
const bin = path.join(work, "bin");
fs.mkdirSync(bin, { recursive: true });
fs.writeFileSync(path.join(bin, "gh"), `#!/bin/bash
# stand-in for GitHub's CLI: the two commands the baseline recipe uses, answered from the artifact store
set -eo pipefail
store='${store}'
if [ "$1 $2" = "run list" ]; then
  shift 2; branch=; event=; status=
  while [ $# -gt 0 ]; do case "$1" in --branch) branch=$2; shift;; --event) event=$2; shift;; --status) status=$2; shift;; esac; shift; done
  awk -F'\\t' -v b="$branch" -v e="$event" -v s="$status" '$2==e && $3==b && $4==s {id=$1} END {if (id) print id; else print "null"}' "$store/runs.tsv"
elif [ "$1 $2" = "run download" ]; then
  run=$3; shift 3; name=; dir=.
  while [ $# -gt 0 ]; do case "$1" in --name|-n) name=$2; shift;; --dir|-D) dir=$2; shift;; esac; shift; done
  [ -d "$store/$run/$name" ] || { echo "no artifact $name in run $run" >&2; exit 1; }
  mkdir -p "$dir" && cp -R "$store/$run/$name/." "$dir/"
else
  echo "gh stand-in: unsupported command $*" >&2; exit 1
fi
`, { mode: 0o755 });

function globFiles(workspace, patterns) {
  const script = 'shopt -s nullglob globstar; for p in "$@"; do for f in $p; do if [ -d "$f" ]; then find "$f" -type f; else echo "$f"; fi; done; done';
  const out = spawnSync("bash", ["-c", script, "glob", ...patterns], { cwd: workspace }).stdout.toString();
  return [...new Set(out.split("\n").filter(Boolean).map(f => path.normalize(f)))];
}

function upload(workspace, inputs) {
  const patterns = String(inputs.path).split("\n").map(s => s.trim()).filter(Boolean);
  const files = globFiles(workspace, patterns);
  if (files.length === 0) return "no files found for " + patterns.join(", ") + " (warning, as if-no-files-found: warn)";
  // v4: paths are kept relative to the least common ancestor of the files found
  let root = path.dirname(files[0]).split(path.sep);
  for (const f of files) {
    const parts = path.dirname(f).split(path.sep);
    let i = 0;
    while (i < root.length && i < parts.length && root[i] === parts[i]) i++;
    root = root.slice(0, i);
  }
  const base = root.join(path.sep);
  const target = path.join(store, runId, inputs.name);
  for (const f of files) {
    const to = path.join(target, path.relative(base || ".", f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(workspace, f), to);
  }
  return "uploaded " + files.length + " files as " + inputs.name;
}

function download(workspace, inputs) {
  const into = path.join(workspace, inputs.path || ".");
  const names = fs.readdirSync(path.join(store, runId));
  if (inputs.name) {
    fs.cpSync(path.join(store, runId, inputs.name), into, { recursive: true });
    return "downloaded " + inputs.name;
  }
  const pattern = new RegExp("^" + String(inputs.pattern).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
  const matched = names.filter(n => pattern.test(n)).sort();
  for (const name of matched) fs.cpSync(path.join(store, runId, name), path.join(into, name), { recursive: true });
  return "downloaded " + matched.join(", ");
}

const report = { workflow: path.basename(workflowFile), event: eventName, run: runId, jobs: [] };
const conclusions = {};
for (const [jobId, job] of Object.entries(workflow.jobs)) {
  const needs = [].concat(job.needs ?? []);
  if (needs.some(n => conclusions[n] !== "success")) {
    conclusions[jobId] = "skipped";
    report.jobs.push({ job: jobId, conclusion: "skipped", steps: [] });
    console.log("JOB " + jobId + " skipped (needs " + needs.join(", ") + ")");
    continue;
  }
  let jobConclusion = "success";
  for (const matrix of matrixOf(job)) {
    const name = jobId + (matrix ? " (" + Object.values(matrix).join(", ") + ")" : "");
    const folder = path.join(work, name.replace(/[^A-Za-z0-9_.-]+/g, "_"));
    fs.rmSync(folder, { recursive: true, force: true });
    const workspace = path.join(folder, "workspace");
    const temp = path.join(folder, "temp");
    fs.mkdirSync(temp, { recursive: true });
    const summary = path.join(temp, "step-summary.md");
    fs.writeFileSync(summary, "");
    const context = { github: { ...github, workspace, job: jobId }, matrix: matrix ?? {}, env: {}, runner: { os: "Linux", temp }, strategy: {}, steps: {}, needs: {}, secrets: {}, vars: {}, job: { status: "success" }, inputs: {} };
    let status = "success";
    const steps = [];
    for (const step of job.steps) {
      const label = step.name ? interpolate(step.name, context, status) : (step.uses ?? String(step.run).split("\n")[0]);
      if (!condition(step, context, status)) {
        steps.push({ step: label, ran: false });
        console.log("  SKIP " + name + " / " + label);
        continue;
      }
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, context, status)]));
      let outcome = "success", note = "";
      if (step.uses) {
        const action = step.uses.split("@")[0];
        if (action === "actions/checkout") {
          execFileSync("git", ["clone", "-q", repository, workspace]);
          note = "cloned " + sha.slice(0, 12);
        } else if (action === "actions/setup-java") {
          const version = spawnSync("java", ["-version"]).stderr.toString();
          outcome = version.includes('version "' + inputs["java-version"]) ? "success" : "failure";
          note = "java on the PATH: " + version.split("\n")[0];
        } else if (action === "actions/upload-artifact") {
          note = upload(workspace, inputs);
        } else if (action === "actions/download-artifact") {
          note = download(workspace, inputs);
        } else {
          outcome = "failure";
          note = "no stand-in for " + step.uses;
        }
      } else {
        const script = interpolate(step.run, context, status);
        const env = { ...process.env, CI: "true", GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: eventName, GITHUB_SHA: sha, GITHUB_REF: github.ref, GITHUB_RUN_ID: runId,
          GITHUB_REPOSITORY: github.repository, GITHUB_JOB: jobId, GITHUB_STEP_SUMMARY: summary,
          GITHUB_ENV: path.join(temp, "env"), GITHUB_OUTPUT: path.join(temp, "output"), RUNNER_OS: "Linux",
          RUNNER_TEMP: temp, PATH: bin + path.delimiter + process.env.PATH };
        for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, context, status);
        const file = path.join(temp, "step-" + steps.length + ".sh");
        fs.writeFileSync(file, script);
        const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], { cwd: workspace, env, maxBuffer: 1 << 28 });
        const output = result.stdout.toString() + result.stderr.toString();
        fs.writeFileSync(path.join(folder, "step-" + steps.length + ".log"), output);
        outcome = result.status === 0 ? "success" : "failure";
        note = "$ " + script.trim().split("\n").join(" \\n ") + " -> exit " + result.status;
      }
      if (outcome === "failure") status = "failure";
      steps.push({ step: label, ran: true, outcome, note });
      console.log("  " + outcome.toUpperCase() + " " + name + " / " + label + ": " + note);
    }
    report.jobs.push({ job: jobId, name, matrix, folder, conclusion: status, steps, summary: fs.readFileSync(summary, "utf8") });
    console.log("JOB " + name + " " + status);
    if (status !== "success") jobConclusion = "failure";
  }
  conclusions[jobId] = jobConclusion;
}
const conclusion = Object.values(conclusions).every(c => c === "success") ? "success" : "failure";
fs.appendFileSync(path.join(store, "runs.tsv"), [runId, eventName, github.ref_name, conclusion].join("\t") + "\n");
report.conclusion = conclusion;
fs.writeFileSync(path.join(work, "report.json"), JSON.stringify(report, null, 2));
console.log("RUN " + runId + " " + conclusion);
process.exit(conclusion === "success" ? 0 : 1);
