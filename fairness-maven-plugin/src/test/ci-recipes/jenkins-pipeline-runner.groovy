// Runs a Jenkinsfile of the docs with JenkinsPipelineUnit (com.lesfurets:jenkins-pipeline-unit 1.1, the version on
// Maven Central; Groovy 2.4): the script is loaded and interpreted by its PipelineTestHelper, which intercepts every
// pipeline step. Here the steps do their work: `sh` runs bash in the step's folder; `checkout scm` clones the
// repository; `stash`/`unstash` copy files through a folder; `junit`, `publishHTML` and `archiveArtifacts` record
// their arguments and fail, as Jenkins does, when the files they name are not there. JenkinsPipelineUnit 1.1 knows
// scripted pipelines only, so the declarative keywords are registered here with Jenkins' order: stages in turn,
// a failed step skips the rest, `post { always }` runs also after a failure, `agent` checks out the repository.
// This is not Jenkins: no controller, agents, plugins or UI.
//
// java -cp <jenkins-pipeline-unit classpath> groovy.ui.GroovyMain jenkins-pipeline-runner.groovy <Jenkinsfile> <repository> <work folder>
// Prints one line per step; writes <work folder>/report.json; exits 0 when the build succeeded.
import com.lesfurets.jenkins.unit.BasePipelineTest
import groovy.json.JsonOutput

import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

class PipelineRun extends BasePipelineTest {
    Path repository
    Path work
    List<Map> executed = []
    List<Path> folders = []
    Throwable failure
    int workspaces = 0

    Path cwd() { folders.last() }

    void record(String step, Map details) {
        Map entry = [step: step, folder: work.relativize(cwd()).toString()] + details
        executed << entry
        println 'STEP ' + JsonOutput.toJson(entry)
    }

    /** A new workspace with the repository checked out: what an agent or node gives a stage. */
    Path newWorkspace() {
        Path ws = work.resolve('workspace-' + (++workspaces))
        run(['git', 'clone', '-q', repository.toString(), ws.toString()], work)
        ws
    }

    static int run(List<String> command, Path dir) {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start()
        p.inputStream.eachLine { println '    | ' + it }
        p.waitFor()
    }

    List<String> matching(String patterns) {
        List<String> found = []
        patterns.split(',').collect { it.trim() }.findAll { it }.each { String pattern ->
            def matcher = FileSystems.default.getPathMatcher('glob:' + pattern)
            def files = Files.walk(cwd())
            try {
                files.iterator().each { Path f ->
                    if (Files.isRegularFile(f) && matcher.matches(cwd().relativize(f))) { found << cwd().relativize(f).toString() }
                }
            } finally { files.close() }
        }
        found.sort()
    }

    void inWorkspace(Path ws, Closure body) {
        folders << ws
        try { body() } finally { folders.remove(folders.size() - 1) }
    }

    void runSteps(Closure body) {
        if (failure != null) { record('steps', [skipped: true]); return }
        try { body() } catch (Throwable e) { failure = e; record('failure', [message: e.message]) }
    }

    @Override
    void setUp() throws Exception {
        super.setUp()
        binding.setVariable('scm', [$class: 'GitSCM'])
        binding.setVariable('any', 'any')
        binding.setVariable('none', 'none')
        helper.registerAllowedMethod('pipeline', [Closure]) { Closure body -> body() }
        helper.registerAllowedMethod('agent', [Object]) { Object kind ->
            record('agent', [kind: String.valueOf(kind)])
            if (kind == 'any') { folders << newWorkspace() }   // a stage's agent stays until the build ends
        }
        helper.registerAllowedMethod('stages', [Closure]) { Closure body -> body() }
        helper.registerAllowedMethod('stage', [String, Closure]) { String name, Closure body ->
            record('stage', [name: name])
            int depth = folders.size()
            try { body() } finally { while (folders.size() > depth) { folders.remove(folders.size() - 1) } }
        }
        helper.registerAllowedMethod('steps', [Closure]) { Closure body -> runSteps(body) }
        helper.registerAllowedMethod('script', [Closure]) { Closure body -> body() }
        helper.registerAllowedMethod('post', [Closure]) { Closure body -> body() }
        helper.registerAllowedMethod('always', [Closure]) { Closure body -> record('post', [condition: 'always']); body() }
        helper.registerAllowedMethod('success', [Closure]) { Closure body -> if (failure == null) { body() } }
        helper.registerAllowedMethod('failure', [Closure]) { Closure body -> if (failure != null) { body() } }
        helper.registerAllowedMethod('node', [Closure]) { Closure body ->
            Path ws = work.resolve('node-' + (++workspaces))
            Files.createDirectories(ws)
            record('node', [workspace: work.relativize(ws).toString()])
            inWorkspace(ws, body)
        }
        Closure checkout = { Object scm ->
            run(['git', 'clone', '-q', repository.toString(), '.'], cwd())
            record('checkout', [:])
        }
        helper.registerAllowedMethod('checkout', [Map], checkout)
        helper.registerAllowedMethod('checkout', [Object], checkout)
        helper.registerAllowedMethod('dir', [String, Closure]) { String path, Closure body ->
            Path d = cwd().resolve(path)
            Files.createDirectories(d)
            inWorkspace(d, body)
        }
        helper.registerAllowedMethod('parallel', [Map]) { Map branches ->
            record('parallel', [branches: branches.keySet().collect { it.toString() }])
            branches.each { name, Closure body -> record('branch', [name: name.toString()]); body() }
        }
        // registered for each argument type the helper's own mocks take, so that these replace them
        Closure sh = { Object script ->
            int exit = run(['bash', '-eo', 'pipefail', '-c', script.toString()], cwd())
            record('sh', [script: script.toString(), exit: exit])
            if (exit != 0) { throw new IllegalStateException('script returned exit code ' + exit) }
        }
        helper.registerAllowedMethod('sh', [String], sh)
        helper.registerAllowedMethod('sh', [GString], sh)
        helper.registerAllowedMethod('stash', [Map]) { Map args ->
            List<String> files = matching(args.includes as String)
            if (files.isEmpty()) { throw new IllegalStateException('No files included in stash ' + args.name) }
            Path store = work.resolve('stashes').resolve(args.name as String)
            files.each { f -> Path to = store.resolve(f); Files.createDirectories(to.parent)
                Files.copy(cwd().resolve(f), to, StandardCopyOption.REPLACE_EXISTING) }
            record('stash', [name: args.name, includes: args.includes, files: files])
        }
        helper.registerAllowedMethod('unstash', [String]) { String name ->
            Path store = work.resolve('stashes').resolve(name)
            if (!Files.isDirectory(store)) { throw new IllegalStateException('No such saved stash ' + name) }
            List<String> files = []
            def walk = Files.walk(store)
            try {
                walk.iterator().findAll { Files.isRegularFile(it) }.each { Path f ->
                    Path to = cwd().resolve(store.relativize(f).toString()); Files.createDirectories(to.parent)
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING); files << store.relativize(f).toString() }
            } finally { walk.close() }
            record('unstash', [name: name, files: files.sort()])
        }
        helper.registerAllowedMethod('junit', [String]) { String pattern ->
            List<String> files = matching(pattern)
            record('junit', [pattern: pattern, files: files])
            if (files.isEmpty()) { throw new IllegalStateException('No test report files were found: ' + pattern) }
        }
        helper.registerAllowedMethod('publishHTML', [Map]) { Map args ->
            Map target = args.target as Map
            Path report = cwd().resolve(target.reportDir as String).resolve(target.reportFiles as String)
            record('publishHTML', [reportDir: target.reportDir, reportFiles: target.reportFiles, exists: Files.isRegularFile(report)])
            if (!Files.isRegularFile(report) && !target.allowMissing) { throw new IllegalStateException('Specified HTML directory or file does not exist: ' + report) }
        }
        helper.registerAllowedMethod('archiveArtifacts', [Map]) { Map args ->
            List<String> files = matching(args.artifacts as String)
            record('archiveArtifacts', [artifacts: args.artifacts, files: files])
            if (files.isEmpty() && !args.allowEmptyArchive) { throw new IllegalStateException('No artifacts found that match ' + args.artifacts) }
        }
    }
}

def (jenkinsfile, repository, work) = args.collect { Paths.get(it).toAbsolutePath().normalize() }
Files.createDirectories(work)
def build = new PipelineRun(repository: repository, work: work)
build.setUp()
build.folders << work
String result = 'SUCCESS'
try {
    build.runScript(jenkinsfile.toString())
} catch (Throwable e) {
    build.failure = build.failure ?: e
}
if (build.failure != null) {
    result = 'FAILURE'
}
work.resolve('report.json').text = JsonOutput.prettyPrint(JsonOutput.toJson([result: result,
        failure: build.failure?.message, steps: build.executed]))
println 'RESULT ' + result
System.exit(result == 'SUCCESS' ? 0 : 1)
