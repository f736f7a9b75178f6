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

/** The repository's workflows are valid YAML, use current official actions, and do what the deploy docs say. */
class DeployWorkflowTest {
    private static final String BUILD = "java -jar target/standfirst.jar build --base-url";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String path) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(TestSite.REPO.resolve(path)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
            for (Object step : (List<Object>) ((Map<String, Object>) job).get("steps")) steps.add((Map<String, Object>) step);
        }
        return steps;
    }

    private static List<String> all(List<Map<String, Object>> steps, String key) {
        return steps.stream().filter(s -> s.containsKey(key)).map(s -> (String) s.get(key)).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesBuildsTheJarWithoutTestsAndTheSiteWithTheCacheOfTheLastRun() throws Exception {
        Map<String, Object> workflow = load(".github/workflows/pages.yml");
        assertThat((Map<String, Object>) workflow.get("on")).containsKeys("push", "schedule");
        List<Map<String, Object>> steps = steps(workflow);
        List<String> runs = all(steps, "run");
        List<String> uses = all(steps, "uses");
        assertThat(runs).contains("mvn -B -ntp package -Dmaven.test.skip=true").anyMatch(r -> r.startsWith(BUILD));
        assertThat(uses).contains("actions/checkout@v5", "actions/setup-java@v5", "actions/cache/restore@v5",
                "actions/cache/save@v5", "actions/deploy-pages@v5")
                .anyMatch(u -> u.startsWith("actions/upload-pages-artifact@"));

        // Restored before the site is built, saved after, under a key of its own run, found again by prefix.
        int restore = uses.indexOf("actions/cache/restore@v5");
        Map<String, Object> restoring = steps.stream().filter(s -> "actions/cache/restore@v5".equals(s.get("uses"))).findFirst().orElseThrow();
        Map<String, Object> with = (Map<String, Object>) restoring.get("with");
        assertThat(with).containsEntry("path", ".standfirst-cache").containsEntry("key", "standfirst-cache-${{ github.run_id }}")
                .containsEntry("restore-keys", "standfirst-cache-");
        Map<String, Object> saving = steps.stream().filter(s -> "actions/cache/save@v5".equals(s.get("uses"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) saving.get("with")).containsEntry("path", ".standfirst-cache")
                .containsEntry("key", with.get("key"));
        int build = steps.indexOf(steps.stream().filter(s -> String.valueOf(s.get("run")).startsWith(BUILD)).findFirst().orElseThrow());
        assertThat(steps.indexOf(restoring)).isLessThan(build);
        assertThat(steps.indexOf(saving)).isGreaterThan(build);
        assertThat(restore).isNotNegative();

        String docs = Files.readString(TestSite.REPO.resolve("docs/deploy/github-pages.md"));
        assertThat(docs).contains(BUILD).contains(".github/workflows/pages.yml").contains("-Dmaven.test.skip=true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void releaseAttachesTheDistributionToTheTagsRelease() throws Exception {
        Map<String, Object> workflow = load(".github/workflows/release.yml");
        Map<String, Object> push = (Map<String, Object>) ((Map<String, Object>) workflow.get("on")).get("push");
        assertThat((List<String>) push.get("tags")).containsExactly("v*");
        List<Map<String, Object>> steps = steps(workflow);
        assertThat(all(steps, "uses")).containsExactly("actions/checkout@v5", "actions/setup-java@v5");
        assertThat(all(steps, "run")).anyMatch(r -> r.contains("mvn -B -ntp verify"))
                .anyMatch(r -> r.contains("gh release create") && r.contains("target/standfirst-$VERSION.zip")
                        && r.contains("target/standfirst-$VERSION.tar.gz"));
    }
}
