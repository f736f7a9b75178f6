package org.standfirst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.standfirst.support.TestSite;

/** The GitHub Pages workflow is valid YAML and builds the way the README tells users to. */
class DeployWorkflowTest {
    private static final String BUILD = "java -jar target/standfirst.jar build --base-url";

    @Test
    @SuppressWarnings("unchecked")
    void workflowIsValidYamlAndRunsTheDocumentedBuild() throws Exception {
        Path file = TestSite.REPO.resolve(".github/workflows/pages.yml");
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        Map<String, Object> on = (Map<String, Object>) workflow.get("on");
        assertThat(on).containsKeys("push", "schedule");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<String> runs = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        for (Object job : jobs.values()) {
            for (Object step : (List<Object>) ((Map<String, Object>) job).get("steps")) {
                Map<String, Object> s = (Map<String, Object>) step;
                if (s.containsKey("run")) runs.add((String) s.get("run"));
                if (s.containsKey("uses")) uses.add((String) s.get("uses"));
            }
        }
        assertThat(runs).anyMatch(r -> r.startsWith(BUILD));
        assertThat(uses).anyMatch(u -> u.startsWith("actions/upload-pages-artifact@"))
                .anyMatch(u -> u.startsWith("actions/deploy-pages@"))
                .anyMatch(u -> u.startsWith("actions/setup-java@"));
        String readme = Files.readString(TestSite.REPO.resolve("README.md"));
        assertThat(readme).contains(BUILD).contains(".github/workflows/pages.yml");
    }
}
